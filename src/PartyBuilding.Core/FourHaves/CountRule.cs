namespace PartyBuilding.Core.FourHaves;

/// <summary><paramref name="PointsPerUnit"/> for each unit of <paramref name="Fact"/>, up to <paramref name="Cap"/>.</summary>
/// <param name="Fact">The counted fact. A built-in fact or one the province names (<see cref="FactKey"/>).</param>
/// <param name="PointsPerUnit">Points per unit; more than zero.</param>
/// <param name="Cap">The most points; at least <paramref name="PointsPerUnit"/>.</param>
public sealed record CountRule(FactKey Fact, int PointsPerUnit, int Cap) : IndicatorRule
{
    /// <inheritdoc />
    public override int MaxPoints => Cap;

    /// <inheritdoc />
    internal override (FactKey First, FactKey Second) Reads => (Fact, Fact);

    /// <inheritdoc />
    internal override int Score(int first, int second) =>
        // Compared in 64 bits so a large count cannot overflow before the cap applies.
        (long)first * PointsPerUnit >= Cap ? Cap : first * PointsPerUnit;
}
