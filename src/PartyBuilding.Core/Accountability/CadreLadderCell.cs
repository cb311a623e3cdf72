namespace PartyBuilding.Core.Accountability;

/// <summary>One cell of the cadre base-level table: misconduct <paramref name="Kind"/> with <paramref name="Impact"/> starts at <paramref name="Level"/>.</summary>
/// <param name="Kind">The misconduct kind.</param>
/// <param name="Impact">The impact.</param>
/// <param name="Level">The base sanction level before steps up or down.</param>
public sealed record CadreLadderCell(MisconductKind Kind, Impact Impact, SanctionLevel Level);
