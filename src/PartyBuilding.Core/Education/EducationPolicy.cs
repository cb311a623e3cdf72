using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Education;

/// <summary>
/// The study and organizational-life schedule and the yearly training hours (seed: parts 1 and 4; 中国共产党支部工作条例（试行）2018).
/// Every figure is a default a host may override.
/// </summary>
/// <remarks>
/// Immutable: the schedule is copied when set. Two policies are equal when every figure and every row is.
/// <c>EducationPolicyValidator</c> refuses an inconsistent policy.
/// </remarks>
public sealed record EducationPolicy
{
    private static readonly OrganizationKind[] Branches =
        [OrganizationKind.Village, OrganizationKind.Community, OrganizationKind.Enterprise, OrganizationKind.Agency, OrganizationKind.Migrant, OrganizationKind.Joint];

    /// <summary>The policy with every default.</summary>
    public static EducationPolicy Default { get; } = new();

    /// <summary>The required activities, one row per kind, with the organizations that owe them and their attendance.</summary>
    /// <value>
    /// The default value is the table in <c>docs/policies.md</c>: for every kind but the township committee, the members' meeting
    /// quarterly with more than half present (支部工作条例 Art. 11), the branch committee meeting monthly where there is a
    /// committee (Art. 12), the party group meeting monthly where there are groups (Art. 13), the party lecture quarterly (local
    /// common practice), the themed party day monthly, the organizational life meeting and the democratic appraisal of members
    /// yearly (支部工作条例 2018); for the township committee the central group study monthly (seed) and the democratic life
    /// meeting yearly with at least two thirds present (local practice example); for the migrant branch the study and exchange day
    /// monthly (seed). Attendance elsewhere: at least one member present.
    /// </value>
    public IReadOnlyList<ActivityRequirement> Schedule { get; init => field = ValueList<ActivityRequirement>.From(value); } = ValueList<ActivityRequirement>.Of(
    [
        new(ActivityKind.CentralGroupStudy, SchedulePeriod.Month, default) { OrganizationKinds = [OrganizationKind.Township] },
        new(ActivityKind.DemocraticLifeMeeting, SchedulePeriod.Year, RatioThreshold.AtLeast(2, 3)) { OrganizationKinds = [OrganizationKind.Township] },
        new(ActivityKind.MembersMeeting, SchedulePeriod.Quarter, RatioThreshold.MoreThan(1, 2)) { OrganizationKinds = Branches },
        new(ActivityKind.BranchCommitteeMeeting, SchedulePeriod.Month, default) { OrganizationKinds = Branches, OnlyWithCommittee = true },
        new(ActivityKind.PartyGroupMeeting, SchedulePeriod.Month, default) { OrganizationKinds = Branches, OnlyWithPartyGroups = true },
        new(ActivityKind.PartyLecture, SchedulePeriod.Quarter, default) { OrganizationKinds = Branches },
        new(ActivityKind.ThemedPartyDay, SchedulePeriod.Month, default) { OrganizationKinds = Branches },
        new(ActivityKind.OrganizationalLifeMeeting, SchedulePeriod.Year, default) { OrganizationKinds = Branches },
        new(ActivityKind.MemberAppraisal, SchedulePeriod.Year, default) { OrganizationKinds = Branches },
        new(ActivityKind.MigrantStudyDay, SchedulePeriod.Month, default) { OrganizationKinds = [OrganizationKind.Migrant] },
    ]);

    /// <summary>Class hours a member must take in a calendar year.</summary>
    /// <value>The default value is 32 (widely stated; the instrument is unconfirmed: local practice example).</value>
    public int MemberHoursPerYear { get; init; } = 32;

    /// <summary>Class hours a branch secretary or committee member must take in a calendar year.</summary>
    /// <value>The default value is 56 (widely stated; the instrument is unconfirmed: local practice example).</value>
    public int SecretaryHoursPerYear { get; init; } = 56;

    /// <summary>Class hours one day of training counts.</summary>
    /// <value>The default value is 8 (local practice example).</value>
    public int HoursPerDay { get; init; } = 8;

    /// <summary>Class hours half a day of training counts.</summary>
    /// <value>The default value is 4 (local practice example).</value>
    public int HoursPerHalfDay { get; init; } = 4;
}
