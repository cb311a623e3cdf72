namespace PartyBuilding.Core.Organizations;

/// <summary>The advised organizational form for a unit, with the reasons that led to it.</summary>
/// <param name="Form">The advised form.</param>
/// <param name="Reasons">The reasons, most decisive first (codes in <see cref="OrganizationReasonCodes"/>).</param>
public sealed record StructureAdvice(AdvisedForm Form, IReadOnlyList<Reason> Reasons);
