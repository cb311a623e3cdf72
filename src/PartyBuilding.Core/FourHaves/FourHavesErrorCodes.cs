namespace PartyBuilding.Core.FourHaves;

/// <summary>Stable error codes of four-haves input and policy (listed in <c>docs/reasons.md</c>).</summary>
public static class FourHavesErrorCodes
{
    /// <summary>The enterprise id is missing (the default id).</summary>
    public const string EnterpriseIdMissing = "FH.ENTERPRISE_ID_MISSING";

    /// <summary>Two enterprises in one batch share an id.</summary>
    public const string EnterpriseDuplicate = "FH.ENTERPRISE_DUPLICATE";


    /// <summary>An extra fact's key is empty or malformed (a letter first, then letters, digits, <c>_</c>, <c>.</c> or <c>-</c>).</summary>
    public const string ExtraFactKeyInvalid = "FH.EXTRA_FACT_KEY_INVALID";

    /// <summary>An extra fact's key is the name of a built-in fact (in any case): the built-in fact is read from its own property.</summary>
    public const string ExtraFactKeyReserved = "FH.EXTRA_FACT_KEY_RESERVED";

    /// <summary>A summary was asked for from the assessment of another enterprise.</summary>
    public const string AssessmentMismatch = "FH.ASSESSMENT_MISMATCH";

    /// <summary>A count is negative.</summary>
    public const string CountNegative = "FH.COUNT_NEGATIVE";

    /// <summary>An area code is empty or whitespace (use null for none).</summary>
    public const string AreaCodeEmpty = "FH.AREA_CODE_EMPTY";

    /// <summary>The compliance areas hold a value no area defines.</summary>
    public const string ComplianceAreaUndefined = "FH.COMPLIANCE_AREA_UNDEFINED";

    /// <summary>More party members in management than party members.</summary>
    public const string ManagementExceedsMembers = "FH.MANAGEMENT_EXCEEDS_MEMBERS";

    /// <summary>More party members in key posts than party members.</summary>
    public const string KeyPostsExceedMembers = "FH.KEY_POSTS_EXCEED_MEMBERS";

    /// <summary>The branch is said to be led by management, but no party member is in management.</summary>
    public const string LeaderNotInManagement = "FH.LEADER_NOT_IN_MANAGEMENT";

    /// <summary>More ideas adopted than collected.</summary>
    public const string IdeasAdoptedExceedCollected = "FH.IDEAS_ADOPTED_EXCEED_COLLECTED";

    /// <summary>More membership applicants than league members and young workers.</summary>
    public const string ApplicantsExceedYouth = "FH.APPLICANTS_EXCEED_YOUTH";

    /// <summary>More violations reported than found.</summary>
    public const string ReportedExceedFound = "FH.REPORTED_EXCEED_FOUND";

    /// <summary>More violations resolved than found.</summary>
    public const string ResolvedExceedFound = "FH.RESOLVED_EXCEED_FOUND";

    /// <summary>More serious unresolved violations than unresolved violations.</summary>
    public const string SeriousExceedUnresolved = "FH.SERIOUS_EXCEED_UNRESOLVED";

    /// <summary>A policy has no indicator, or an indicator is null or has an empty key.</summary>
    public const string PolicyIndicatorInvalid = "FH.POLICY_INDICATOR_INVALID";

    /// <summary>Two indicators share a key, or score the same fact the same way for the same have.</summary>
    public const string PolicyIndicatorDuplicate = "FH.POLICY_INDICATOR_DUPLICATE";

    /// <summary>A have, fact, grade or veto condition in the policy is not one the enumeration defines (a fact key that is a number is an undefined built-in fact).</summary>
    public const string PolicyEnumUndefined = "FH.POLICY_ENUM_UNDEFINED";

    /// <summary>
    /// A points rule is malformed (points not positive, a cap below one unit, bands missing or above 100 %, part
    /// equal to whole), or scores a fact against the enterprise (an absence, the whole of a share) that another
    /// indicator scores for it (a flag, a count, the part of a share).
    /// </summary>
    public const string PolicyRuleInvalid = "FH.POLICY_RULE_INVALID";

    /// <summary>A rule or veto item reads a fact whose key is empty, malformed, or a built-in fact's name in another case.</summary>
    public const string PolicyFactKeyInvalid = "FH.POLICY_FACT_KEY_INVALID";

    /// <summary>A grade band's key or name is empty, two bands share a key, or a band without a key shares its grade with another band.</summary>
    public const string PolicyGradeBandKeyInvalid = "FH.POLICY_GRADE_BAND_KEY_INVALID";

    /// <summary>An at-or-above veto item's figure is below 1, or an equals-zero item's figure is not left at 1.</summary>
    public const string PolicyVetoFigureInvalid = "FH.POLICY_VETO_FIGURE_INVALID";

    /// <summary>The indicators of a have do not add up to the have's maximum.</summary>
    public const string PolicyHaveMaximumMismatch = "FH.POLICY_HAVE_MAXIMUM_MISMATCH";

    /// <summary>The have maxima do not add up to the total maximum, or a maximum is not positive.</summary>
    public const string PolicyTotalMismatch = "FH.POLICY_TOTAL_MISMATCH";

    /// <summary>The met threshold is zero or above 100 %.</summary>
    public const string PolicyMetThresholdInvalid = "FH.POLICY_MET_THRESHOLD_INVALID";

    /// <summary>The grade bands are too few or null, leave a grade out, give a higher total a lower grade, a band's bounds are reversed, or, ordered by their totals, they do not run from 0 to the total maximum.</summary>
    public const string PolicyGradeBandsInvalid = "FH.POLICY_GRADE_BANDS_INVALID";

    /// <summary>Two adjacent grade bands leave totals without a grade.</summary>
    public const string PolicyGradeBandsGap = "FH.POLICY_GRADE_BANDS_GAP";

    /// <summary>Two adjacent grade bands both hold some totals.</summary>
    public const string PolicyGradeBandsOverlap = "FH.POLICY_GRADE_BANDS_OVERLAP";

    /// <summary>A veto item is null, has an empty key, or shares its key with another.</summary>
    public const string PolicyVetoInvalid = "FH.POLICY_VETO_INVALID";

    /// <summary>A coverage figure, the count of costliest indicators or the assessment cycle is not positive.</summary>
    public const string PolicyNotPositive = "FH.POLICY_NOT_POSITIVE";

    /// <summary>A have or coverage kind asked about is not one the enumeration defines.</summary>
    public const string EnumUndefined = "FH.ENUM_UNDEFINED";

    /// <summary>A have score is negative.</summary>
    public const string ScoreNegative = "FH.SCORE_NEGATIVE";

    /// <summary>The four have scores add up to more than <see cref="int.MaxValue"/>.</summary>
    public const string ScoresTooLarge = "FH.SCORES_TOO_LARGE";
}
