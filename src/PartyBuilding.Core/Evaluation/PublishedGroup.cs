namespace PartyBuilding.Core.Evaluation;

/// <summary>A rater group as posted: its size and ballots cast, and whether its breakdown is withheld.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Eligible">Eligible voters of the group.</param>
/// <param name="Cast">Ballots cast in the group.</param>
/// <param name="Withheld">Whether the group's breakdown (ratings, abstentions, invalid ballots) is withheld.</param>
public sealed record PublishedGroup(string Group, int Eligible, int Cast, bool Withheld);
