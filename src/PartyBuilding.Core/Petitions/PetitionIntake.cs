using NodaTime;

namespace PartyBuilding.Core.Petitions;

/// <summary>A petition as received: who brings which matter, how grave, at which tier and when.</summary>
/// <param name="Id">The petition's id; not the default id.</param>
/// <param name="Petitioner">Who brings it (a name or the host's key); not empty.</param>
/// <param name="Category">The matter's category.</param>
/// <param name="Gravity">The matter's gravity.</param>
/// <param name="ReceivedAt">The tier that received it: <see cref="PetitionTier.Village"/> to <see cref="PetitionTier.County"/>.</param>
/// <param name="ReceivedOn">The day it was received.</param>
/// <remarks>Checked by <c>PetitionIntakeValidator</c> where it is accepted (the router and <see cref="PetitionCase"/>), so a <c>with</c> cannot slip past the checks.</remarks>
public sealed record PetitionIntake(PetitionId Id, string Petitioner, MatterCategory Category, Gravity Gravity, PetitionTier ReceivedAt, LocalDate ReceivedOn)
{
    /// <summary>The people who share the matter; one for a single petitioner.</summary>
    public int Petitioners { get; init; } = 1;

    /// <summary>The people who came in person: for a group, its representatives (at most the policy's maximum, 5 by default).</summary>
    public int Representatives { get; init; } = 1;

    /// <summary>The host's key of the matter, so that repeat filings of one matter can be found; null when unknown.</summary>
    public string? MatterKey { get; init; }

    /// <summary>The earlier filing of the same matter, if the host found one.</summary>
    public PriorFiling? Prior { get; init; }
}
