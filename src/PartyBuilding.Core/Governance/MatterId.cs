namespace PartyBuilding.Core.Governance;

/// <summary>Identifies a major matter of a township or village within a host's data.</summary>
[Identifier]
public readonly partial record struct MatterId;
