namespace PartyBuilding.Core.Evaluation;

/// <summary>The ballots of one rater group in a round.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Weight">The group's weight in the composite.</param>
/// <param name="Eligible">Eligible voters of the group.</param>
/// <param name="ValidBallots">Valid ballots cast in the group.</param>
/// <param name="InvalidBallots">Invalid ballots cast in the group.</param>
public sealed record GroupTurnout(string Group, Ratio Weight, int Eligible, int ValidBallots, int InvalidBallots)
{
    /// <summary>Ballots cast in the group: valid + invalid.</summary>
    public int Cast => ValidBallots + InvalidBallots;

    /// <summary>Ballots cast ÷ eligible voters, exactly.</summary>
    public Ratio Turnout => Ratio.Of(Cast, Eligible);
}
