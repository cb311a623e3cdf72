namespace PartyBuilding.Core;

/// <summary>Identifies an accountability case (问责案件) within a host's data.</summary>
[Identifier]
public readonly partial record struct CaseId;
