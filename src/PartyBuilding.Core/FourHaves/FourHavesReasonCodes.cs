namespace PartyBuilding.Core.FourHaves;

/// <summary>Stable codes of the reasons behind four-haves assessments and coverage advice (listed in <c>docs/reasons.md</c>).</summary>
public static class FourHavesReasonCodes
{
    /// <summary>A veto item applies: the grade is capped.</summary>
    public const string Vetoed = "FH.VETOED";

    /// <summary>A have is not met: its score is below the met threshold.</summary>
    public const string HaveNotMet = "FH.HAVE_NOT_MET";

    /// <summary>An indicator that cost points, among those that cost the most.</summary>
    public const string IndicatorShortfall = "FH.INDICATOR_SHORTFALL";

    /// <summary>All four haves are met.</summary>
    public const string AllHavesMet = "FH.ALL_HAVES_MET";

    /// <summary>The enterprise qualifies as a model enterprise (demonstration point).</summary>
    public const string ModelEnterprise = "FH.MODEL_ENTERPRISE";

    /// <summary>The grade and the band the total fell in.</summary>
    public const string GradeBand = "FH.GRADE_BAND";

    /// <summary>The band of a table with its own levels (a star level, 星级): its key and name, when the band has a key.</summary>
    public const string GradeBandLevel = "FH.GRADE_BAND_LEVEL";

    /// <summary>A fact the table reads (a province's own) was not given by the enterprise and counted as 0.</summary>
    public const string ExtraFactMissing = "FH.EXTRA_FACT_MISSING";

    /// <summary>Coverage: enough full members for an organization of its own.</summary>
    public const string CoverageOwnOrganization = "FH.COVERAGE_OWN_ORGANIZATION";

    /// <summary>Coverage: too few full members, covered by a joint branch.</summary>
    public const string CoverageJointBranch = "FH.COVERAGE_JOINT_BRANCH";

    /// <summary>Coverage: no full members, an instructor assigned.</summary>
    public const string CoverageInstructor = "FH.COVERAGE_INSTRUCTOR";

    /// <summary>Coverage: no full members and no instructor.</summary>
    public const string CoverageNone = "FH.COVERAGE_NONE";

    /// <summary>A proposed joint branch: its enterprises and area.</summary>
    public const string JointBranchGroup = "FH.JOINT_BRANCH_GROUP";

    /// <summary>A proposed joint branch has fewer full members in all than an organization needs.</summary>
    public const string JointBranchTooFewFullMembers = "FH.JOINT_BRANCH_TOO_FEW_FULL_MEMBERS";
}
