namespace PartyBuilding.Core.FourHaves;

/// <summary>One of the "four haves" (四有) of an enterprise party organization.</summary>
public enum Have
{
    /// <summary>有位置: the organization has a seat in the enterprise's decision-making.</summary>
    Seat,

    /// <summary>有作为: the organization makes a difference in production and operation.</summary>
    Action,

    /// <summary>有吸引力: the organization unites the workforce and draws young workers toward the party.</summary>
    Attraction,

    /// <summary>有监督: the organization supervises the enterprise's compliance with laws and policies.</summary>
    Supervision,
}
