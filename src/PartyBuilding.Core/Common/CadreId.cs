namespace PartyBuilding.Core;

/// <summary>Identifies a cadre (干部) within a host's data.</summary>
[Identifier]
public readonly partial record struct CadreId;
