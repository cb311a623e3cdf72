namespace PartyBuilding.Core.Accountability;

/// <summary>Whether an investigation substantiated the complaint.</summary>
public enum FindingOutcome
{
    /// <summary>The misconduct is established (属实).</summary>
    Substantiated,

    /// <summary>The misconduct is not established (不属实); the finding states its grounds.</summary>
    Unsubstantiated,
}
