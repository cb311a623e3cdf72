namespace PartyBuilding.Core.Governance;

/// <summary>Where a major matter is decided.</summary>
public enum GovernanceLevel
{
    /// <summary>By the township party committee (三重一大).</summary>
    Township,

    /// <summary>By the village, through the six steps of <see cref="DeliberationStep"/> (四议两公开).</summary>
    Village,
}
