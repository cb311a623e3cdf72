namespace PartyBuilding.Core.Petitions;

/// <summary>Identifies a petition (信访事项) within a host's data.</summary>
[Identifier]
public readonly partial record struct PetitionId;
