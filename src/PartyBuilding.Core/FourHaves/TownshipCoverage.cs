namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// A township's party coverage of its operating enterprises: counts by kind and the three rates as exact
/// ratios. The four counts add up to <see cref="Operating"/>. With no operating enterprise every rate is 0/1.
/// </summary>
/// <param name="Operating">Operating enterprises (the denominator of every rate).</param>
/// <param name="OwnOrganization">Operating enterprises with an organization of their own.</param>
/// <param name="JointBranch">Operating enterprises covered by a joint branch.</param>
/// <param name="Instructor">Operating enterprises with an instructor only.</param>
/// <param name="None">Operating enterprises not covered.</param>
/// <param name="NotOperating">Enterprises left out because they are not operating.</param>
public sealed record TownshipCoverage(int Operating, int OwnOrganization, int JointBranch, int Instructor, int None, int NotOperating)
{
    /// <summary>Organization coverage (党的组织覆盖率): (own + joint) ÷ operating.</summary>
    public Ratio OrganizationCoverage => Share((long)OwnOrganization + JointBranch);

    /// <summary>Own-organization rate (单独建立党组织比例): own ÷ operating.</summary>
    public Ratio OwnOrganizationRate => Share(OwnOrganization);

    /// <summary>Work coverage (党的工作覆盖率): (own + joint + instructor) ÷ operating.</summary>
    public Ratio WorkCoverage => Share((long)OwnOrganization + JointBranch + Instructor);

    /// <summary>Share not covered: none ÷ operating; <see cref="WorkCoverage"/> plus this is 1 when any enterprise operates.</summary>
    public Ratio Uncovered => Share(None);

    /// <summary>The count of operating enterprises of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public int CountOf(CoverageKind kind) => kind switch
    {
        CoverageKind.OwnOrganization => OwnOrganization,
        CoverageKind.JointBranch => JointBranch,
        CoverageKind.Instructor => Instructor,
        CoverageKind.None => None,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private Ratio Share(long part) => Operating == 0 ? Ratio.Zero : Ratio.Of(part, Operating);
}
