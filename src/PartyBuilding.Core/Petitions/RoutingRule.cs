namespace PartyBuilding.Core.Petitions;

/// <summary>A row of the routing table: matters of <paramref name="Category"/> at <paramref name="Gravity"/> are handled at <paramref name="Tier"/>.</summary>
/// <param name="Category">The matter's category.</param>
/// <param name="Gravity">The matter's gravity.</param>
/// <param name="Tier">The lowest tier that may handle it: <see cref="PetitionTier.Village"/> to <see cref="PetitionTier.County"/>.</param>
public sealed record RoutingRule(MatterCategory Category, Gravity Gravity, PetitionTier Tier);
