namespace PartyBuilding.Core.FourHaves;

/// <summary>All of <paramref name="Points"/> when <paramref name="Fact"/> is zero, none otherwise (for example "no serious violation left unresolved").</summary>
/// <param name="Fact">The fact whose absence earns the points; fewer is better.</param>
/// <param name="Points">The points; more than zero.</param>
public sealed record AbsenceRule(EnterpriseFact Fact, int Points) : IndicatorRule
{
    /// <inheritdoc />
    public override int MaxPoints => Points;

    /// <inheritdoc />
    internal override int Score(ReadOnlySpan<int> facts) => facts[(int)Fact] == 0 ? Points : 0;
}
