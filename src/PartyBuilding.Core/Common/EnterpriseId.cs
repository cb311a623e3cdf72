namespace PartyBuilding.Core;

/// <summary>Identifies an enterprise (企业) within a host's data.</summary>
[Identifier]
public readonly partial record struct EnterpriseId;
