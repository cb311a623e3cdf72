using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>What a host stores about one cadre's training standing so that specifications can query it. Build one with <see cref="Of"/>.</summary>
public sealed record CadreTrainingSummary
{
    /// <summary>The cadre.</summary>
    public required CadreId Cadre { get; init; }

    /// <summary>Whether the cadre owes induction training.</summary>
    public required bool InductionRequired { get; init; }

    /// <summary>The last day on which induction is on time.</summary>
    public required LocalDate InductionDueOn { get; init; }

    /// <summary>The day induction was completed; null before.</summary>
    public LocalDate? InductionCompletedOn { get; init; }

    /// <summary>The last day of the year whose rotation training is owed next (<see cref="CadreTrainingStanding.RotationDueOn"/>).</summary>
    public required LocalDate RotationDueOn { get; init; }

    /// <summary>The summary of <paramref name="standing"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="standing"/> is null.</exception>
    public static CadreTrainingSummary Of(CadreTrainingStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        return new CadreTrainingSummary
        {
            Cadre = standing.Cadre,
            InductionRequired = standing.Induction != TrainingStatus.NotRequired,
            InductionDueOn = standing.InductionDueOn,
            InductionCompletedOn = standing.InductionCompletedOn,
            RotationDueOn = standing.RotationDueOn,
        };
    }
}
