using NodaTime;

namespace PartyBuilding.Core.Education;

/// <summary>One activity an organization held.</summary>
/// <param name="Organization">The organization that held it.</param>
/// <param name="Kind">The kind of activity.</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="MembersDue">The voting members due to attend (more than zero); attendance is judged against them.</param>
/// <param name="MembersPresent">The voting members present (zero to <paramref name="MembersDue"/>).</param>
/// <param name="Hours">Its length in class hours (zero to 24).</param>
/// <remarks><c>ActivityRecordValidator</c> refuses an invalid record.</remarks>
public sealed record ActivityRecord(OrganizationId Organization, ActivityKind Kind, LocalDate HeldOn, int MembersDue, int MembersPresent, decimal Hours);
