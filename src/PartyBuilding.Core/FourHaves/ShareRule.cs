using System.Collections.ObjectModel;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// Points for the share <paramref name="Part"/> ÷ <paramref name="Whole"/>: the most points among the
/// <paramref name="Bands"/> whose threshold the share meets (none when it meets none), compared exactly;
/// <paramref name="PointsWhenWholeIsZero"/> when the whole is zero (for example no violation found).
/// </summary>
/// <param name="Part">The part, at most the whole (the profile validator checks this for built-in facts; a province's own facts are the host's to keep consistent, and a share above 1 meets every band).</param>
/// <param name="Whole">The whole. A built-in fact or one the province names (<see cref="FactKey"/>), as is the part.</param>
/// <param name="Bands">At least one band; copied, and compared by content.</param>
/// <param name="PointsWhenWholeIsZero">Points when there is nothing to take a share of; between 0 and the largest band's points.</param>
public sealed record ShareRule(FactKey Part, FactKey Whole, IReadOnlyList<ShareBand> Bands, int PointsWhenWholeIsZero) : IndicatorRule
{
    private readonly ReadOnlyCollection<ShareBand> bands = Copy(Bands);

    /// <summary>At least one band (a read-only copy of the list given).</summary>
    public IReadOnlyList<ShareBand> Bands
    {
        get => bands;
        init => bands = Copy(value);
    }

    /// <inheritdoc />
    public override int MaxPoints
    {
        get
        {
            var max = PointsWhenWholeIsZero;
            if (Bands is not null)
            {
                foreach (var band in Bands)
                {
                    if (band is not null && band.Points > max)
                    {
                        max = band.Points;
                    }
                }
            }

            return max;
        }
    }

    /// <inheritdoc />
    public bool Equals(ShareRule? other) =>
        other is not null
        && Part == other.Part
        && Whole == other.Whole
        && PointsWhenWholeIsZero == other.PointsWhenWholeIsZero
        && (ReferenceEquals(Bands, other.Bands) || (Bands is not null && other.Bands is not null && Bands.SequenceEqual(other.Bands)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Part, Whole, PointsWhenWholeIsZero, Bands?.Count);

    /// <inheritdoc />
    internal override (FactKey First, FactKey Second) Reads => (Part, Whole);

    /// <inheritdoc />
    internal override int Score(int first, int second)
    {
        var (part, whole) = (first, second);
        if (whole == 0)
        {
            return PointsWhenWholeIsZero;
        }

        var points = 0;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.Points > points && band.Threshold.IsMetBy(part, whole))
            {
                points = band.Points;
            }
        }

        return points;
    }

    // Null stays null, for the validator to name.
    private static ReadOnlyCollection<ShareBand> Copy(IReadOnlyList<ShareBand> bands) => bands is null ? null! : Array.AsReadOnly([.. bands]);
}
