namespace PartyBuilding.Core.FourHaves;

/// <summary>The score of each have, as four plain figures (no dictionary).</summary>
/// <param name="Seat">The Seat score.</param>
/// <param name="Action">The Action score.</param>
/// <param name="Attraction">The Attraction score.</param>
/// <param name="Supervision">The Supervision score.</param>
/// <remarks>The default value is all zero.</remarks>
public readonly record struct HaveScores(int Seat, int Action, int Attraction, int Supervision)
{
    /// <summary>The score of <paramref name="have"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="have"/> is not defined.</exception>
    public int this[Have have] => have switch
    {
        Have.Seat => Seat,
        Have.Action => Action,
        Have.Attraction => Attraction,
        Have.Supervision => Supervision,
        _ => throw new ArgumentOutOfRangeException(nameof(have), have, null),
    };

    /// <summary>The sum of the four scores.</summary>
    public int Total => Seat + Action + Attraction + Supervision;
}
