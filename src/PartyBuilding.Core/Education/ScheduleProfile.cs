using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Education;

/// <summary>What decides which activities an organization owes: its kind, whether it has a committee, whether it has party groups.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Kind">Its kind (the township committee owes the central group study, the migrant branch its study day).</param>
/// <param name="HasCommittee">Whether it has a branch committee (a branch of a secretary alone holds no committee meetings).</param>
/// <param name="HasPartyGroups">Whether it is divided into party groups.</param>
/// <remarks><c>ScheduleProfileValidator</c> refuses a default id or an undefined kind.</remarks>
public sealed record ScheduleProfile(OrganizationId Organization, OrganizationKind Kind, bool HasCommittee, bool HasPartyGroups);
