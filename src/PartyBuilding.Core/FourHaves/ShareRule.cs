namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// Points for the share <paramref name="Part"/> ÷ <paramref name="Whole"/>: the most points among the
/// <paramref name="Bands"/> whose threshold the share meets (none when it meets none), compared exactly;
/// <paramref name="PointsWhenWholeIsZero"/> when the whole is zero (for example no violation found).
/// </summary>
/// <param name="Part">The part, at most the whole (the profile validator checks this).</param>
/// <param name="Whole">The whole.</param>
/// <param name="Bands">At least one band.</param>
/// <param name="PointsWhenWholeIsZero">Points when there is nothing to take a share of; between 0 and the largest band's points.</param>
public sealed record ShareRule(EnterpriseFact Part, EnterpriseFact Whole, IReadOnlyList<ShareBand> Bands, int PointsWhenWholeIsZero) : IndicatorRule
{
    /// <inheritdoc />
    public override int MaxPoints
    {
        get
        {
            var max = PointsWhenWholeIsZero;
            if (Bands is not null)
            {
                for (var i = 0; i < Bands.Count; i++)
                {
                    if (Bands[i] is { } band && band.Points > max)
                    {
                        max = band.Points;
                    }
                }
            }

            return max;
        }
    }

    /// <inheritdoc />
    internal override int Score(EnterpriseProfile enterprise)
    {
        var whole = enterprise.ValueOf(Whole);
        if (whole == 0)
        {
            return PointsWhenWholeIsZero;
        }

        var part = enterprise.ValueOf(Part);
        var points = 0;
        for (var i = 0; i < Bands.Count; i++)
        {
            var band = Bands[i];
            if (band.Points > points && band.Threshold.IsMetBy(part, whole))
            {
                points = band.Points;
            }
        }

        return points;
    }
}
