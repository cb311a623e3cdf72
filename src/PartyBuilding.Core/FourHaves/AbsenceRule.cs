namespace PartyBuilding.Core.FourHaves;

/// <summary>All of <paramref name="Points"/> when <paramref name="Fact"/> is zero, none otherwise (for example "no serious violation left unresolved").</summary>
/// <param name="Fact">The fact whose absence earns the points; fewer is better. A built-in fact or one the province names (<see cref="FactKey"/>).</param>
/// <param name="Points">The points; more than zero.</param>
public sealed record AbsenceRule(FactKey Fact, int Points) : IndicatorRule
{
    /// <inheritdoc />
    public override int MaxPoints => Points;

    /// <inheritdoc />
    internal override (FactKey First, FactKey Second) Reads => (Fact, Fact);

    /// <inheritdoc />
    internal override int Score(int first, int second) => first == 0 ? Points : 0;
}
