namespace PartyBuilding.Core.FourHaves;

/// <summary>All of <paramref name="Points"/> when <paramref name="Fact"/> is true (more than zero), none otherwise.</summary>
/// <param name="Fact">The fact, usually a boolean one. A built-in fact or one the province names (<see cref="FactKey"/>).</param>
/// <param name="Points">The points; more than zero.</param>
public sealed record FlagRule(FactKey Fact, int Points) : IndicatorRule
{
    /// <inheritdoc />
    public override int MaxPoints => Points;

    /// <inheritdoc />
    internal override (FactKey First, FactKey Second) Reads => (Fact, Fact);

    /// <inheritdoc />
    internal override int Score(int first, int second) => first > 0 ? Points : 0;
}
