namespace PartyBuilding.Core;

/// <summary>Identifies a party member (党员) within a host's data.</summary>
[Identifier]
public readonly partial record struct MemberId;
