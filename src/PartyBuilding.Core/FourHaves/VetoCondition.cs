namespace PartyBuilding.Core.FourHaves;

/// <summary>When a <see cref="VetoItem"/> fires on the value of its fact.</summary>
public enum VetoCondition
{
    /// <summary>The fact is at or above the item's <see cref="VetoItem.Figure"/> (1 by default: any at all, for example one serious violation left unresolved).</summary>
    AtOrAbove,

    /// <summary>The fact is zero (for example no branch meeting held in the year); the figure is not read.</summary>
    EqualsZero,
}
