namespace PartyBuilding.Core.Governance;

/// <summary>A major matter whose procedure is checked.</summary>
/// <param name="Id">The matter.</param>
/// <param name="Organization">The township committee or the village branch that leads it.</param>
/// <param name="Level">Where it is decided: the township's committee, or the village's six steps.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Amount">The sum involved in yuan (0 when none); not negative.</param>
public sealed record MajorMatter(MatterId Id, OrganizationId Organization, GovernanceLevel Level, MatterKind Kind, decimal Amount = 0m)
{
    /// <summary>The signatures on a village expenditure (两委联签); null when none were given.</summary>
    public JointSignature? Signature { get; init; }
}
