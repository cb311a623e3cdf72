using NodaTime;

namespace PartyBuilding.Core.FourHaves;

/// <summary>Party coverage of non-public enterprises (两个覆盖): per enterprise, per township, and joint-branch advice.</summary>
/// <remarks>
/// Every result names the label of the policy version whose coverage figures decided it. The dated forms use
/// the version in force on the as-of date; the undated ones the analyzer's only version, and an analyzer
/// holding several versions refuses them (code <c>COMMON.AS_OF_REQUIRED</c>), as <see cref="IFourHavesAssessor"/> does.
/// </remarks>
public interface ICoverageAnalyzer
{
    /// <summary>How the party covers <paramref name="enterprise"/>, with the reason.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is null.</exception>
    /// <exception cref="InvalidInputException">The profile is invalid.</exception>
    /// <exception cref="InvalidOperationException">The analyzer holds several versions (code <c>COMMON.AS_OF_REQUIRED</c>).</exception>
    EnterpriseCoverage Classify(EnterpriseProfile enterprise);

    /// <summary>How the party covers <paramref name="enterprise"/> on <paramref name="asOf"/>, with the reason.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is null.</exception>
    /// <exception cref="InvalidInputException">The profile is invalid.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    EnterpriseCoverage Classify(EnterpriseProfile enterprise, LocalDate asOf);

    /// <summary>The township's coverage counts and rates over its operating enterprises.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprises"/> is null.</exception>
    /// <exception cref="InvalidInputException">A profile is null or invalid, or two share an id.</exception>
    /// <exception cref="InvalidOperationException">The analyzer holds several versions (code <c>COMMON.AS_OF_REQUIRED</c>).</exception>
    TownshipCoverage Measure(IEnumerable<EnterpriseProfile> enterprises);

    /// <summary>The township's coverage counts and rates over its operating enterprises on <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprises"/> is null.</exception>
    /// <exception cref="InvalidInputException">A profile is null or invalid, or two share an id.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    TownshipCoverage Measure(IEnumerable<EnterpriseProfile> enterprises, LocalDate asOf);

    /// <summary>Proposed joint branches for the operating enterprises that need one, grouped by area then id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprises"/> is null.</exception>
    /// <exception cref="InvalidInputException">A profile is null or invalid, or two share an id.</exception>
    /// <exception cref="InvalidOperationException">The analyzer holds several versions (code <c>COMMON.AS_OF_REQUIRED</c>).</exception>
    IReadOnlyList<JointBranchGroup> AdviseJointBranches(IEnumerable<EnterpriseProfile> enterprises);

    /// <summary>Proposed joint branches on <paramref name="asOf"/> for the operating enterprises that need one, grouped by area then id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprises"/> is null.</exception>
    /// <exception cref="InvalidInputException">A profile is null or invalid, or two share an id.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    IReadOnlyList<JointBranchGroup> AdviseJointBranches(IEnumerable<EnterpriseProfile> enterprises, LocalDate asOf);
}
