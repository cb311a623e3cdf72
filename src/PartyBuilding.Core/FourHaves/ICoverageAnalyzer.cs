namespace PartyBuilding.Core.FourHaves;

/// <summary>Party coverage of non-public enterprises (两个覆盖): per enterprise, per township, and joint-branch advice.</summary>
public interface ICoverageAnalyzer
{
    /// <summary>How the party covers <paramref name="enterprise"/>, with the reason.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is null.</exception>
    /// <exception cref="InvalidInputException">The profile is invalid.</exception>
    EnterpriseCoverage Classify(EnterpriseProfile enterprise);

    /// <summary>The township's coverage counts and rates over its operating enterprises.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprises"/> is null.</exception>
    /// <exception cref="InvalidInputException">A profile is null or invalid, or two share an id.</exception>
    TownshipCoverage Measure(IEnumerable<EnterpriseProfile> enterprises);

    /// <summary>Proposed joint branches for the operating enterprises that need one, grouped by area then id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprises"/> is null.</exception>
    /// <exception cref="InvalidInputException">A profile is null or invalid, or two share an id.</exception>
    IReadOnlyList<JointBranchGroup> AdviseJointBranches(IEnumerable<EnterpriseProfile> enterprises);
}
