namespace PartyBuilding.Core.Teams;

/// <summary>
/// The figures of weak and lax team identification, the review ranking, rectification, the mid-term inspection
/// of village branches and cadre training (seed: part 4, third). Every figure is a default a host may override;
/// the identification criteria are local practice examples: the library advises, the county decides.
/// </summary>
/// <remarks><c>TeamsPolicyValidator</c> refuses an inconsistent policy.</remarks>
public sealed record TeamsPolicy
{
    /// <summary>The policy with every default.</summary>
    public static TeamsPolicy Default { get; } = new();

    /// <summary>Months the secretary post may stay vacant (with work stalled) before it is a criterion: more than this.</summary>
    /// <value>The default value is 3 (local practice example).</value>
    public int SecretaryVacantMonths { get; init; } = 3;

    /// <summary>The share of required meetings due that must be held; fewer is a criterion.</summary>
    /// <value>The default value is at least 4/5 (local practice example; 支部工作条例 2018 Art. 19 on 三会一课).</value>
    public RatioThreshold MeetingsHeldAtLeast { get; init; } = RatioThreshold.AtLeast(4, 5);

    /// <summary>Months without a development candidate (发展对象) that are a criterion: this many or more.</summary>
    /// <value>The default value is 24, two years (local practice example).</value>
    public int NoDevelopmentCandidateMonths { get; init; } = 24;

    /// <summary>Petitions in the period that are a criterion (矛盾集中): this many or more.</summary>
    /// <value>The default value is 5 (local practice example).</value>
    public int PetitionsConcentratedFrom { get; init; } = 5;

    /// <summary>The last places of the annual assessment that are a criterion.</summary>
    /// <value>The default value is 1, last place only (local practice example).</value>
    public int LastPlacesInAssessment { get; init; } = 1;

    /// <summary>The public satisfaction a team must reach; below it is a criterion.</summary>
    /// <value>The default value is at least 3/5, 60 % (local practice example).</value>
    public RatioThreshold SatisfactionAtLeast { get; init; } = RatioThreshold.AtLeast(3, 5);

    /// <summary>Cadres advised Adjust by the democratic evaluation and not adjusted that are a criterion: this many or more.</summary>
    /// <value>The default value is 1 (local practice example).</value>
    public int CadresNotAdjustedFrom { get; init; } = 1;

    /// <summary>Criteria met that identify a team as weak and lax: this many or more.</summary>
    /// <value>The default value is 1, any one criterion (local practice example).</value>
    public int CriteriaToIdentify { get; init; } = 1;

    /// <summary>The lowest share of a ranking proposed for review, rounded up to a whole organization.</summary>
    /// <value>The default value is 1/20, 5 % (local practice example).</value>
    public Ratio ReviewShare { get; init; } = Ratio.Of(1, 20);

    /// <summary>Months from identification by which a rectification must be accepted.</summary>
    /// <value>The default value is 12 (local practice example).</value>
    public int RectificationMonths { get; init; } = 12;

    /// <summary>Months from identification by which the progress check is due.</summary>
    /// <value>The default value is 6, half the rectification period (local practice example).</value>
    public int ProgressCheckMonths { get; init; } = 6;

    /// <summary>The longest single extension of a rectification, granted once with a reason.</summary>
    /// <value>The default value is 6 months (local practice example).</value>
    public int MaxExtensionMonths { get; init; } = 6;

    /// <summary>Months from a village branch's election by which its mid-term inspection is due (overdue the day after).</summary>
    /// <value>The default value is 30, halfway through a 5-year term (中国共产党农村基层组织工作条例 2019: 5-year terms; the inspection date is local practice).</value>
    public int MidTermInspectionMonths { get; init; } = 30;

    /// <summary>Months before the due date in which the mid-term inspection window is open (the inspection is due).</summary>
    /// <value>The default value is 3 (local practice example).</value>
    public int MidTermWindowMonths { get; init; } = 3;

    /// <summary>Months from election within which a new village cadre must be trained.</summary>
    /// <value>The default value is 3 (local practice example).</value>
    public int InductionWithinMonths { get; init; } = 3;

    /// <summary>The fewest days of induction training of a new village cadre.</summary>
    /// <value>The default value is 3 (local practice example).</value>
    public int InductionMinDays { get; init; } = 3;

    /// <summary>The fewest days of rotation training (轮训) per calendar year in office.</summary>
    /// <value>The default value is 3 (local practice example).</value>
    public int RotationMinDaysPerYear { get; init; } = 3;
}
