namespace PartyBuilding.Core.Petitions;

/// <summary>The tiers (层级) at which a petition is received, handled, reviewed and re-reviewed, lowest first.</summary>
public enum PetitionTier
{
    /// <summary>The village (村): "small matters do not leave the village".</summary>
    Village,

    /// <summary>The township (镇): "major matters do not leave the township".</summary>
    Township,

    /// <summary>The county (县).</summary>
    County,

    /// <summary>The city level and above, which reviews a county's answer; recorded, not routed further by the library.</summary>
    AboveCounty,
}
