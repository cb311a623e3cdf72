using NodaTime;

namespace PartyBuilding.Core.Petitions;

/// <summary>
/// What a host stores about one petition so that the petition specifications can query it, in memory or through an
/// ORM. Plain properties only, so that filters translate to SQL. Build one from a case with <see cref="Of"/>.
/// </summary>
public sealed record PetitionSummary
{
    /// <summary>The petition's id.</summary>
    public required PetitionId Id { get; init; }

    /// <summary>The host's key of the matter (<see cref="PetitionIntake.MatterKey"/>), if known.</summary>
    public string? MatterKey { get; init; }

    /// <summary>The matter's category.</summary>
    public required MatterCategory Category { get; init; }

    /// <summary>The tier that received it.</summary>
    public required PetitionTier ReceivedAt { get; init; }

    /// <summary>The tier of first instance (<see cref="PetitionCase.Tier"/>).</summary>
    public required PetitionTier Tier { get; init; }

    /// <summary>The highest tier reached (<see cref="PetitionCase.HighestTier"/>).</summary>
    public required PetitionTier HighestTier { get; init; }

    /// <summary>The current state.</summary>
    public required PetitionState State { get; init; }

    /// <summary>The day of receipt.</summary>
    public required LocalDate ReceivedOn { get; init; }

    /// <summary>The deadline of the stage the case stands in (<see cref="PetitionCase.DueOn"/>); null when nothing is owed.</summary>
    public LocalDate? DueOn { get; init; }

    /// <summary>The day of the written answer; null before it.</summary>
    public LocalDate? AnsweredOn { get; init; }

    /// <summary>Whether the answer came within the handling limit; null before the answer.</summary>
    public bool? AnsweredWithinLimit { get; init; }

    /// <summary>The reviewing tier, once a review is requested.</summary>
    public PetitionTier? ReviewTier { get; init; }

    /// <summary>The re-reviewing tier, once a re-review is requested.</summary>
    public PetitionTier? ReReviewTier { get; init; }

    /// <summary>
    /// The day the same matter was filed before, if it was (the host fills it in when it stores a petition whose matter
    /// key it has seen); <c>RepeatFilingsSpec</c> reads it.
    /// </summary>
    public LocalDate? PreviousFilingOn { get; init; }

    /// <summary>The summary of <paramref name="petition"/> as it stands.</summary>
    /// <param name="petition">The case.</param>
    /// <param name="previousFilingOn">The day the same matter was filed before, if it was.</param>
    /// <exception cref="ArgumentNullException"><paramref name="petition"/> is null.</exception>
    public static PetitionSummary Of(PetitionCase petition, LocalDate? previousFilingOn = null)
    {
        ArgumentNullException.ThrowIfNull(petition);
        return new PetitionSummary
        {
            Id = petition.Id,
            MatterKey = petition.Intake.MatterKey,
            Category = petition.Intake.Category,
            ReceivedAt = petition.Intake.ReceivedAt,
            Tier = petition.Tier,
            HighestTier = petition.HighestTier,
            State = petition.State,
            ReceivedOn = petition.ReceivedOn,
            DueOn = petition.DueOn,
            AnsweredOn = petition.AnsweredOn,
            AnsweredWithinLimit = petition.AnsweredWithinLimit,
            ReviewTier = petition.ReviewTier,
            ReReviewTier = petition.ReReviewTier,
            PreviousFilingOn = previousFilingOn,
        };
    }
}
