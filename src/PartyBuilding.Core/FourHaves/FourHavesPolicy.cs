using System.Collections.ObjectModel;
using NodaTime;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// The four-haves scorecard and the coverage figures. The scorecard is data: indicators per have with
/// their points rules, the maximum of each have, the met threshold, the grade bands and the veto items.
/// There is no national scorecard; the default table is local practice derived from the seed, indicator
/// by indicator (<c>docs/four-haves.md</c>), and a host replaces it with its province's table.
/// </summary>
/// <remarks>
/// Checked by <see cref="Validation.FourHavesPolicyValidator"/>. The lists are copied when set and handed out
/// read-only, so a policy cannot change after it is built; two policies are equal when their figures and the
/// contents of their lists are.
/// </remarks>
public sealed record FourHavesPolicy
{
    private readonly IReadOnlyList<FourHavesIndicator> indicators = Array.AsReadOnly(DefaultIndicators());
    private readonly IReadOnlyList<GradeBand> gradeBands = Array.AsReadOnly(DefaultGradeBands());
    private readonly IReadOnlyList<VetoItem> vetoes = Array.AsReadOnly(DefaultVetoes());

    /// <summary>The default table (local practice derived from the seed).</summary>
    public static FourHavesPolicy Default { get; } = new();

    /// <summary>
    /// A second table, in the shape of the 100-point star-rating tables (星级评定) published for party organizations
    /// in non-public enterprises: 25 points per have over built-in facts and facts the province names itself
    /// (<see cref="EnterpriseProfile.ExtraFacts"/>: <c>ManagementMeetingsAttended</c>, <c>VolunteerServiceEvents</c>,
    /// <c>BranchMeetingsHeld</c>, <c>ActivityRoomEstablished</c>, <c>CollectiveLabourDisputes</c>,
    /// <c>MajorSafetyAccidents</c>), six bands <c>STAR.0</c>–<c>STAR.5</c> on the four grades, and four veto items
    /// (one at a figure of 2, one on zero). The figures are illustrative, not any one province's
    /// (<c>docs/four-haves.md</c>, "The star-rated table"); the other figures are the defaults.
    /// </summary>
    public static FourHavesPolicy StarRated { get; } = StarRatedTable.Create();

    /// <summary>The scorecard: every indicator with its have and points rule.</summary>
    /// <value>
    /// The default value is the 15-indicator table of <c>docs/four-haves.md</c> (local practice derived
    /// from the seed, part 1): 25 points per have.
    /// </value>
    public IReadOnlyList<FourHavesIndicator> Indicators
    {
        get => indicators;
        init => indicators = Copy(value);
    }

    /// <summary>The maximum score of the Seat have; the Seat indicators' maxima add up to it.</summary>
    /// <value>The default value is 25 (local practice: four equal haves on a 100-point table).</value>
    public int SeatMaximum { get; init; } = 25;

    /// <summary>The maximum score of the Action have.</summary>
    /// <value>The default value is 25 (local practice).</value>
    public int ActionMaximum { get; init; } = 25;

    /// <summary>The maximum score of the Attraction have.</summary>
    /// <value>The default value is 25 (local practice).</value>
    public int AttractionMaximum { get; init; } = 25;

    /// <summary>The maximum score of the Supervision have.</summary>
    /// <value>The default value is 25 (local practice).</value>
    public int SupervisionMaximum { get; init; } = 25;

    /// <summary>The maximum total; the have maxima add up to it.</summary>
    /// <value>The default value is 100 (local practice: provincial tables are on 100 points).</value>
    public int TotalMaximum { get; init; } = 100;

    /// <summary>The share of a have's maximum at which the have is met.</summary>
    /// <value>The default value is at least 3/5 (60 %, inclusive; local practice).</value>
    public RatioThreshold MetThreshold { get; init; } = RatioThreshold.AtLeast(3, 5);

    /// <summary>The grade bands on the total, covering 0 to <see cref="TotalMaximum"/> without gap or overlap.</summary>
    /// <value>The default value is Poor 0–59, Fair 60–74, Good 75–89, Excellent 90–100 (local practice; DESIGN.md).</value>
    public IReadOnlyList<GradeBand> GradeBands
    {
        get => gradeBands;
        init => gradeBands = Copy(value);
    }

    /// <summary>The veto items (一票否决).</summary>
    /// <value>
    /// The default value is one item, <c>VETO.SERIOUS_UNRESOLVED</c>: a serious violation left unresolved
    /// caps the grade at Poor (seed: violations "must be resisted and opposed"; local practice).
    /// </value>
    public IReadOnlyList<VetoItem> Vetoes
    {
        get => vetoes;
        init => vetoes = Copy(value);
    }

    /// <summary>How many of the indicators that cost the most points an assessment names.</summary>
    /// <value>The default value is 3 (local practice: enough to act on).</value>
    public int CostliestIndicatorsReported { get; init; } = 3;

    /// <summary>The lowest grade of a model enterprise (示范点, "leading from point to area"); all four haves must be met as well.</summary>
    /// <value>The default value is <see cref="Grade.Good"/> (DESIGN.md; local practice).</value>
    public Grade ModelMinimumGrade { get; init; } = Grade.Good;

    /// <summary>Full members an enterprise needs for a party organization of its own.</summary>
    /// <value>The default value is 3 (党章 Art. 30; mirrors <c>StructurePolicy.MinimumFullMembers</c>).</value>
    public int MinimumFullMembers { get; init; } = 3;

    /// <summary>Enterprises one joint branch covers at most.</summary>
    /// <value>The default value is 5 (支部工作条例 Art. 8; mirrors <c>StructurePolicy.MaxUnitsPerJointBranch</c>).</value>
    public int MaxUnitsPerJointBranch { get; init; } = 5;

    /// <summary>How often an enterprise is assessed; an assessment older than this is due again.</summary>
    /// <value>The default value is one year (local practice: annual assessment).</value>
    public Period AssessmentCycle { get; init; } = Period.FromYears(1);

    /// <summary>The maximum score of <paramref name="have"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="have"/> is not defined (code <c>FH.ENUM_UNDEFINED</c>).</exception>
    public int MaximumOf(Have have) => have switch
    {
        Have.Seat => SeatMaximum,
        Have.Action => ActionMaximum,
        Have.Attraction => AttractionMaximum,
        Have.Supervision => SupervisionMaximum,
        _ => throw UndefinedValue.Of(have, nameof(have)),
    };

    /// <inheritdoc />
    public bool Equals(FourHavesPolicy? other) =>
        other is not null
        && SameItems(Indicators, other.Indicators)
        && SeatMaximum == other.SeatMaximum
        && ActionMaximum == other.ActionMaximum
        && AttractionMaximum == other.AttractionMaximum
        && SupervisionMaximum == other.SupervisionMaximum
        && TotalMaximum == other.TotalMaximum
        && MetThreshold == other.MetThreshold
        && SameItems(GradeBands, other.GradeBands)
        && SameItems(Vetoes, other.Vetoes)
        && CostliestIndicatorsReported == other.CostliestIndicatorsReported
        && ModelMinimumGrade == other.ModelMinimumGrade
        && MinimumFullMembers == other.MinimumFullMembers
        && MaxUnitsPerJointBranch == other.MaxUnitsPerJointBranch
        && Equals(AssessmentCycle, other.AssessmentCycle);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicators?.Count, TotalMaximum, MetThreshold, GradeBands?.Count, Vetoes?.Count, ModelMinimumGrade, MinimumFullMembers, MaxUnitsPerJointBranch);

    // Null stays null, for the validator to name.
    private static ReadOnlyCollection<T> Copy<T>(IReadOnlyList<T> list) => list is null ? null! : Array.AsReadOnly([.. list]);

    private static bool SameItems<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.SequenceEqual(right));

    private static GradeBand[] DefaultGradeBands() =>
    [
        new(Grade.Poor, 0, 59),
        new(Grade.Fair, 60, 74),
        new(Grade.Good, 75, 89),
        new(Grade.Excellent, 90, 100),
    ];

    private static VetoItem[] DefaultVetoes() =>
    [
        new("VETO.SERIOUS_UNRESOLVED", EnterpriseFact.SeriousViolationsUnresolved, Grade.Poor),
    ];

    /// <summary>The default indicators (a new list each call).</summary>
    private static FourHavesIndicator[] DefaultIndicators() =>
    [
        // Seat 有位置 (25)
        new("SEAT.DECISIONS", Have.Seat, new FlagRule(EnterpriseFact.TakesPartInDecisions, 10)),
        new("SEAT.LED_BY_MANAGEMENT", Have.Seat, new FlagRule(EnterpriseFact.BranchLedByManagement, 8)),
        new("SEAT.IDEAS_COLLECTED", Have.Seat, new CountRule(EnterpriseFact.IdeasCollected, 1, 3)),
        new("SEAT.IDEAS_ADOPTED", Have.Seat, new CountRule(EnterpriseFact.IdeasAdopted, 2, 4)),

        // Action 有作为 (25)
        new("ACTION.KEY_POSTS", Have.Action, new CountRule(EnterpriseFact.MembersInKeyPosts, 2, 10)),
        new("ACTION.TECHNICAL_ACHIEVEMENTS", Have.Action, new CountRule(EnterpriseFact.TechnicalAchievements, 3, 9)),
        new("ACTION.PIONEER_POSTS", Have.Action, new CountRule(EnterpriseFact.PioneerPosts, 2, 6)),

        // Attraction 有吸引力 (25)
        new("ATTRACTION.UNION", Have.Attraction, new FlagRule(EnterpriseFact.UnionEstablished, 5)),
        new("ATTRACTION.LEAGUE", Have.Attraction, new FlagRule(EnterpriseFact.LeagueEstablished, 5)),
        new("ATTRACTION.ACTIVITIES", Have.Attraction, new CountRule(EnterpriseFact.ActivitiesHeld, 1, 9)),
        new("ATTRACTION.APPLICANTS", Have.Attraction, new CountRule(EnterpriseFact.MembershipApplicants, 3, 6)),

        // Supervision 有监督 (25)
        new("SUPERVISION.COMPLIANCE_CHECKS", Have.Supervision, new CountRule(EnterpriseFact.ComplianceAreasChecked, 3, 15)),
        new("SUPERVISION.VIOLATIONS_REPORTED", Have.Supervision, new ShareRule(
            EnterpriseFact.ViolationsReported, EnterpriseFact.ViolationsFound,
            [new ShareBand(RatioThreshold.AtLeast(1, 2), 1), new ShareBand(RatioThreshold.AtLeast(1, 1), 3)],
            3)),
        new("SUPERVISION.VIOLATIONS_RESOLVED", Have.Supervision, new ShareRule(
            EnterpriseFact.ViolationsResolved, EnterpriseFact.ViolationsFound,
            [new ShareBand(RatioThreshold.AtLeast(3, 4), 2), new ShareBand(RatioThreshold.AtLeast(1, 1), 3)],
            3)),
        new("SUPERVISION.NO_SERIOUS_UNRESOLVED", Have.Supervision, new AbsenceRule(EnterpriseFact.SeriousViolationsUnresolved, 4)),
    ];
}
