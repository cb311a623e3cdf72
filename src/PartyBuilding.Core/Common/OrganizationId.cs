namespace PartyBuilding.Core;

/// <summary>Identifies a party organization (党组织) within a host's data.</summary>
[Identifier]
public readonly partial record struct OrganizationId;
