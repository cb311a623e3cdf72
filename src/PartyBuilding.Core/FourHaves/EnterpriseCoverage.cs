namespace PartyBuilding.Core.FourHaves;

/// <summary>How the party covers one enterprise.</summary>
/// <param name="Enterprise">The enterprise.</param>
/// <param name="Kind">Own organization, joint branch, instructor or none.</param>
/// <param name="Reason">Why (codes <c>FH.COVERAGE_*</c> in <see cref="FourHavesReasonCodes"/>).</param>
public sealed record EnterpriseCoverage(EnterpriseId Enterprise, CoverageKind Kind, Reason Reason);
