using NodaTime;

namespace PartyBuilding.Core.Petitions;

/// <summary>One dated event in the append-only history of a <see cref="PetitionCase"/>.</summary>
/// <param name="Action">What happened.</param>
/// <param name="On">The day it happened; never before the previous event of the case.</param>
/// <remarks>The history replays to the same case (<see cref="PetitionCase.Replay"/>), which checks every event again.</remarks>
public sealed record PetitionEvent(PetitionAction Action, LocalDate On)
{
    /// <summary>The tier received at (<see cref="PetitionAction.Received"/>) or transferred to (<see cref="PetitionAction.Transferred"/>).</summary>
    public PetitionTier? Tier { get; init; }

    /// <summary>The days of an extension or a hearing.</summary>
    public int Days { get; init; }

    /// <summary>The reason of an extension or the grounds of not accepting.</summary>
    public string? Note { get; init; }

    /// <summary>The procedure a diverted matter goes to.</summary>
    public OtherProcedure? Procedure { get; init; }
}
