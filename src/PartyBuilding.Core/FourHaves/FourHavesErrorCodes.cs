namespace PartyBuilding.Core.FourHaves;

/// <summary>Stable error codes of four-haves input and policy (listed in <c>docs/reasons.md</c>).</summary>
public static class FourHavesErrorCodes
{
    /// <summary>The enterprise id is missing (the default id).</summary>
    public const string EnterpriseIdMissing = "FH.ENTERPRISE_ID_MISSING";

    /// <summary>Two enterprises in one batch share an id.</summary>
    public const string EnterpriseDuplicate = "FH.ENTERPRISE_DUPLICATE";


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

    /// <summary>A have, fact or grade in the policy is not one the enumeration defines.</summary>
    public const string PolicyEnumUndefined = "FH.POLICY_ENUM_UNDEFINED";

    /// <summary>
    /// A points rule is malformed (points not positive, a cap below one unit, bands missing or above 100 %, part
    /// equal to whole), or scores a fact against the enterprise (an absence, the whole of a share) that another
    /// indicator scores for it (a flag, a count, the part of a share).
    /// </summary>
    public const string PolicyRuleInvalid = "FH.POLICY_RULE_INVALID";

    /// <summary>The indicators of a have do not add up to the have's maximum.</summary>
    public const string PolicyHaveMaximumMismatch = "FH.POLICY_HAVE_MAXIMUM_MISMATCH";

    /// <summary>The have maxima do not add up to the total maximum, or a maximum is not positive.</summary>
    public const string PolicyTotalMismatch = "FH.POLICY_TOTAL_MISMATCH";

    /// <summary>The met threshold is zero or above 100 %.</summary>
    public const string PolicyMetThresholdInvalid = "FH.POLICY_MET_THRESHOLD_INVALID";

    /// <summary>The grade bands are missing, out of grade order, name a grade twice or leave one out, or run outside 0 to the total maximum.</summary>
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
