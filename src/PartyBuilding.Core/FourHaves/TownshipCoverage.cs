namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// A township's party coverage of its operating enterprises: counts by kind and the three rates as exact
/// ratios. The four counts add up to <see cref="Operating"/>. With no operating enterprise every rate is 0/1.
/// </summary>
/// <remarks>Made only by <see cref="CoverageAnalyzer"/>, so its counts always agree with each other.</remarks>
public sealed record TownshipCoverage
{
    internal TownshipCoverage(int ownOrganization, int jointBranch, int instructor, int none, int notOperating, string policyLabel)
    {
        OwnOrganization = ownOrganization;
        JointBranch = jointBranch;
        Instructor = instructor;
        None = none;
        NotOperating = notOperating;
        Operating = checked(ownOrganization + jointBranch + instructor + none);
        PolicyLabel = policyLabel;
    }

    /// <summary>Operating enterprises (the denominator of every rate).</summary>
    public int Operating { get; }

    /// <summary>Operating enterprises with an organization of their own.</summary>
    public int OwnOrganization { get; }

    /// <summary>Operating enterprises covered by a joint branch.</summary>
    public int JointBranch { get; }

    /// <summary>Operating enterprises with an instructor only.</summary>
    public int Instructor { get; }

    /// <summary>Operating enterprises not covered.</summary>
    public int None { get; }

    /// <summary>Enterprises left out because they are not operating.</summary>
    public int NotOperating { get; }

    /// <summary>The label of the policy version whose coverage figures decided the counts.</summary>
    public string PolicyLabel { get; }

    /// <summary>Organization coverage (党的组织覆盖率): (own + joint) ÷ operating.</summary>
    public Ratio OrganizationCoverage => Share((long)OwnOrganization + JointBranch);

    /// <summary>Own-organization rate (单独建立党组织比例): own ÷ operating.</summary>
    public Ratio OwnOrganizationRate => Share(OwnOrganization);

    /// <summary>Work coverage (党的工作覆盖率): (own + joint + instructor) ÷ operating.</summary>
    public Ratio WorkCoverage => Share((long)OwnOrganization + JointBranch + Instructor);

    /// <summary>Share not covered: none ÷ operating; <see cref="WorkCoverage"/> plus this is 1 when any enterprise operates.</summary>
    public Ratio Uncovered => Share(None);

    /// <summary>The count of operating enterprises of <paramref name="kind"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="kind"/> is not defined (code <c>FH.ENUM_UNDEFINED</c>).</exception>
    public int CountOf(CoverageKind kind) => kind switch
    {
        CoverageKind.OwnOrganization => OwnOrganization,
        CoverageKind.JointBranch => JointBranch,
        CoverageKind.Instructor => Instructor,
        CoverageKind.None => None,
        _ => throw UndefinedValue.Of(kind, nameof(kind)),
    };

    private Ratio Share(long part) => Operating == 0 ? Ratio.Zero : Ratio.Of(part, Operating);
}
