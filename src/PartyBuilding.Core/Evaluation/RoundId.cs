namespace PartyBuilding.Core.Evaluation;

/// <summary>Identifies a democratic evaluation round (民主评议) within a host's data.</summary>
[Identifier]
public readonly partial record struct RoundId;
