namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// A veto item (一票否决): when <paramref name="Fact"/> meets the item's <see cref="Condition"/> — at or above
/// <see cref="Figure"/> (by default: more than zero), or equal to zero — the grade is at most
/// <paramref name="CapsGradeAt"/>, whatever the score.
/// </summary>
/// <param name="Key">A stable key such as <c>VETO.SERIOUS_UNRESOLVED</c>, unique among the policy's veto items.</param>
/// <param name="Fact">The fact the item reads: a built-in fact or one the province names (<see cref="FactKey"/>).</param>
/// <param name="CapsGradeAt">The highest grade a vetoed enterprise can get.</param>
public sealed record VetoItem(string Key, FactKey Fact, Grade CapsGradeAt)
{
    /// <summary>When the item fires.</summary>
    /// <value>The default value is <see cref="VetoCondition.AtOrAbove"/> (with <see cref="Figure"/> 1: the fact is more than zero).</value>
    public VetoCondition Condition { get; init; } = VetoCondition.AtOrAbove;

    /// <summary>The figure an <see cref="VetoCondition.AtOrAbove"/> item fires at; at least 1. An <see cref="VetoCondition.EqualsZero"/> item does not read it, and it must stay 1.</summary>
    /// <value>The default value is 1 (any at all).</value>
    public int Figure { get; init; } = 1;

    /// <summary>Whether the item fires on <paramref name="value"/>, of a validated item.</summary>
    internal bool FiresOn(int value) => Condition == VetoCondition.EqualsZero ? value == 0 : value >= Figure;

    /// <summary>The condition as a culture-neutral figure of the reason: <c>≥ 2</c> or <c>= 0</c>.</summary>
    internal string ConditionText => Condition == VetoCondition.EqualsZero ? "= 0" : "≥ " + Figure.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
