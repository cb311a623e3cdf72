namespace PartyBuilding.Core.FourHaves;

/// <summary><paramref name="PointsPerUnit"/> for each unit of <paramref name="Fact"/>, up to <paramref name="Cap"/>.</summary>
/// <param name="Fact">The counted fact.</param>
/// <param name="PointsPerUnit">Points per unit; more than zero.</param>
/// <param name="Cap">The most points; at least <paramref name="PointsPerUnit"/>.</param>
public sealed record CountRule(EnterpriseFact Fact, int PointsPerUnit, int Cap) : IndicatorRule
{
    /// <inheritdoc />
    public override int MaxPoints => Cap;

    /// <inheritdoc />
    internal override int Score(ReadOnlySpan<int> facts)
    {
        var units = facts[(int)Fact];

        // Compared in 64 bits so a large count cannot overflow before the cap applies.
        return (long)units * PointsPerUnit >= Cap ? Cap : units * PointsPerUnit;
    }
}
