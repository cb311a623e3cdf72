namespace PartyBuilding.Core.FourHaves;

/// <summary>All of <paramref name="Points"/> when <paramref name="Fact"/> is true (more than zero), none otherwise.</summary>
/// <param name="Fact">The fact, usually a boolean one.</param>
/// <param name="Points">The points; more than zero.</param>
public sealed record FlagRule(EnterpriseFact Fact, int Points) : IndicatorRule
{
    /// <inheritdoc />
    public override int MaxPoints => Points;

    /// <inheritdoc />
    internal override int Score(ReadOnlySpan<int> facts) => facts[(int)Fact] > 0 ? Points : 0;
}
