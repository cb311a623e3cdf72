namespace PartyBuilding.Core.Evaluation;

/// <summary>The ballots of one rater group in a round, as the tally counted them.</summary>
/// <remarks>Made by the tally only, so its figures always agree: <see cref="Cast"/> ≤ <see cref="Eligible"/>.</remarks>
public sealed record GroupTurnout
{
    internal GroupTurnout(string group, Ratio weight, int eligible, int validBallots, int invalidBallots)
    {
        Group = group;
        Weight = weight;
        Eligible = eligible;
        ValidBallots = validBallots;
        InvalidBallots = invalidBallots;
    }

    /// <summary>The group's name.</summary>
    public string Group { get; }

    /// <summary>The group's weight in the composite.</summary>
    public Ratio Weight { get; }

    /// <summary>Eligible voters of the group.</summary>
    public int Eligible { get; }

    /// <summary>Valid ballots cast in the group.</summary>
    public int ValidBallots { get; }

    /// <summary>Invalid ballots cast in the group.</summary>
    public int InvalidBallots { get; }

    /// <summary>Ballots cast in the group: valid + invalid.</summary>
    public int Cast => ValidBallots + InvalidBallots;

    /// <summary>Ballots cast ÷ eligible voters, exactly.</summary>
    public Ratio Turnout => Ratio.Of(Cast, Eligible);
}
