namespace PartyBuilding.Core.Outreach;

/// <summary>Identifies a household (农户) within a host's data.</summary>
[Identifier]
public readonly partial record struct HouseholdId;
