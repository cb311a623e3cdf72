namespace PartyBuilding.Core.Petitions;

/// <summary>What the router decided for an intake.</summary>
public enum RoutingOutcome
{
    /// <summary>Handled in the petition procedure at the routing's tier.</summary>
    Handled,

    /// <summary>Diverted to another procedure (信访工作条例 Art. 31), not handled as a petition.</summary>
    Diverted,

    /// <summary>Refused: the same matter is still being handled within its limit, was answered (review is the way on), or is final.</summary>
    Refused,
}
