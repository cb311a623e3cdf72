namespace PartyBuilding.Core.Governance;

/// <summary>Identifies one audit obligation of a village within a host's data.</summary>
[Identifier]
public readonly partial record struct AuditId;
