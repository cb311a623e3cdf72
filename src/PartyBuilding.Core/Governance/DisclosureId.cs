namespace PartyBuilding.Core.Governance;

/// <summary>Identifies one disclosure obligation of a village (a category it posts) within a host's data.</summary>
[Identifier]
public readonly partial record struct DisclosureId;
