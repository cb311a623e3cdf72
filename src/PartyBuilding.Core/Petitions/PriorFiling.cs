using NodaTime;

namespace PartyBuilding.Core.Petitions;

/// <summary>The earlier filing of the same matter that a host found, as plain facts from its petition case.</summary>
/// <param name="Tier">The tier handling (or that handled) the earlier filing.</param>
/// <param name="AcceptedOn">The day the earlier filing was accepted.</param>
public sealed record PriorFiling(PetitionTier Tier, LocalDate AcceptedOn)
{
    /// <summary>The days its handling limit was extended by (0 without an extension).</summary>
    public int ExtensionDays { get; init; }

    /// <summary>The day it was answered, if it was.</summary>
    public LocalDate? AnsweredOn { get; init; }

    /// <summary>Whether it was re-reviewed: the matter is final and not accepted again on the same facts.</summary>
    public bool Final { get; init; }
}
