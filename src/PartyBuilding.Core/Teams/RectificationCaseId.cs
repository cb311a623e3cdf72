namespace PartyBuilding.Core.Teams;

/// <summary>Identifies a rectification case (整顿) of a weak and lax team within a host's data.</summary>
[Identifier]
public readonly partial record struct RectificationCaseId;
