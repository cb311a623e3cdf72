using NodaTime;

namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// Figures of mobile-member management: when to advise a migrant branch and the intervals of contact
/// standing. Sources are cited on each property and in <c>docs/policies.md</c>.
/// </summary>
/// <remarks>
/// Intervals are whole calendar months, applied to <see cref="LocalDate"/> with NodaTime
/// <see cref="Period"/> arithmetic (not a number of days).
/// </remarks>
public sealed record AffiliationPolicy
{
    /// <summary>The longest interval the library accepts, in months (100 years).</summary>
    public const int MaxIntervalMonths = 1200;

    /// <summary>The defaults.</summary>
    public static AffiliationPolicy Default { get; } = new();

    /// <summary>Full mobile members living in an area from which a migrant branch is advised when none serves it.</summary>
    /// <value>The default value is 3 (党章 Art. 30: three or more full members form a primary organization).</value>
    public int MinimumFullMembersForMigrantBranch { get; init; } = 3;

    /// <summary>Months within which a mobile member is to report to their branch; without a report they are overdue.</summary>
    /// <value>The default value is 1 month (local practice example: the seed's monthly study and exchange day and regular reporting system).</value>
    public int ReportingIntervalMonths { get; init; } = 1;

    /// <summary>Months without contact of any kind after which a member is flagged as lost contact (失联), for review by the branch.</summary>
    /// <value>The default value is 6 months (中国共产党党员教育管理工作条例 2019: members out of contact for more than six months are generally to have their membership suspended).</value>
    public int LostContactMonths { get; init; } = 6;

    /// <summary>
    /// Consecutive months without organizational life, or without paying dues, or without doing assigned
    /// work, after which a member is flagged for review as having possibly left the party of their own accord.
    /// </summary>
    /// <value>The default value is 6 months (党章 Art. 9: 连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作).</value>
    public int WithdrawalReviewMonths { get; init; } = 6;
}
