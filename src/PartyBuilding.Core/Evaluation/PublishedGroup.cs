namespace PartyBuilding.Core.Evaluation;

/// <summary>A rater group as posted: its size and ballots cast, and whether its breakdown is withheld.</summary>
/// <remarks>Made by <see cref="EvaluationRoundResult.Publish"/> only.</remarks>
public sealed record PublishedGroup
{
    internal PublishedGroup(string group, int eligible, int cast, bool withheld)
    {
        Group = group;
        Eligible = eligible;
        Cast = cast;
        Withheld = withheld;
    }

    /// <summary>The group's name.</summary>
    public string Group { get; }

    /// <summary>Eligible voters of the group.</summary>
    public int Eligible { get; }

    /// <summary>Ballots cast in the group.</summary>
    public int Cast { get; }

    /// <summary>Whether the group's breakdown (ratings, abstentions, invalid ballots) is withheld.</summary>
    public bool Withheld { get; }
}
