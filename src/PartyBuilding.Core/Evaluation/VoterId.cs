namespace PartyBuilding.Core.Evaluation;

/// <summary>Identifies a voter (评议人) on a round's voter list: a party member, a villager representative, a township cadre and so on.</summary>
[Identifier]
public readonly partial record struct VoterId;
