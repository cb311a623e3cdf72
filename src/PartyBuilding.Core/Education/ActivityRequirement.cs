using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Education;

/// <summary>
/// One row of the schedule: an activity kind held at least once in every <see cref="Period"/>, by the organizations
/// it applies to, counted only when its attendance meets <see cref="Attendance"/>.
/// </summary>
/// <param name="Kind">The activity.</param>
/// <param name="Period">The period within which it must be held.</param>
/// <param name="Attendance">The share of the voting members due that must be present.</param>
/// <remarks>
/// Applies to an organization whose kind is in <see cref="OrganizationKinds"/> (every kind when it is empty), that has
/// a committee when <see cref="OnlyWithCommittee"/>, and party groups when <see cref="OnlyWithPartyGroups"/>.
/// Two requirements are equal when every property is, the kinds compared item by item.
/// </remarks>
public sealed record ActivityRequirement(ActivityKind Kind, SchedulePeriod Period, RatioThreshold Attendance)
{
    /// <summary>The organization kinds that owe the activity; empty for every kind. The requirement keeps a read-only copy.</summary>
    public IReadOnlyList<OrganizationKind> OrganizationKinds { get; init => field = ValueList<OrganizationKind>.From(value); } = ValueList<OrganizationKind>.Of();

    /// <summary>Whether only an organization with a committee owes it.</summary>
    public bool OnlyWithCommittee { get; init; }

    /// <summary>Whether only an organization with party groups owes it.</summary>
    public bool OnlyWithPartyGroups { get; init; }

    /// <summary>Whether <paramref name="profile"/> owes the activity.</summary>
    internal bool AppliesTo(ScheduleProfile profile) =>
        (OrganizationKinds.Count == 0 || OrganizationKinds.Contains(profile.Kind))
        && (!OnlyWithCommittee || profile.HasCommittee)
        && (!OnlyWithPartyGroups || profile.HasPartyGroups);
}
