namespace PartyBuilding.Core.FourHaves;

/// <summary>How the party covers one enterprise.</summary>
/// <remarks>Made only by <see cref="CoverageAnalyzer"/>, so its kind and reason always agree.</remarks>
public sealed record EnterpriseCoverage
{
    internal EnterpriseCoverage(EnterpriseId enterprise, CoverageKind kind, Reason reason, string policyLabel)
    {
        Enterprise = enterprise;
        Kind = kind;
        Reason = reason;
        PolicyLabel = policyLabel;
    }

    /// <summary>The enterprise.</summary>
    public EnterpriseId Enterprise { get; }

    /// <summary>Own organization, joint branch, instructor or none.</summary>
    public CoverageKind Kind { get; }

    /// <summary>Why (codes <c>FH.COVERAGE_*</c> in <see cref="FourHavesReasonCodes"/>).</summary>
    public Reason Reason { get; }

    /// <summary>The label of the policy version whose coverage figures decided the kind.</summary>
    public string PolicyLabel { get; }
}
