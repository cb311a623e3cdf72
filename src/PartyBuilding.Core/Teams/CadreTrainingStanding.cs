using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>
/// One cadre's training standing on a date: induction of a new cadre (within the policy's months of election, at
/// least its days), rotation training (at least its days each calendar year after the election year), and the
/// assistant and temporary posts held on the date.
/// </summary>
/// <remarks>Made only by <see cref="CadreTrainingAssessor"/>. Immutable; its lists are read-only.</remarks>
public sealed class CadreTrainingStanding
{
    internal CadreTrainingStanding(CadreTrainingRecord cadre, LocalDate asOf, string policyLabel)
    {
        Cadre = cadre.Cadre;
        AsOf = asOf;
        PolicyLabel = policyLabel;
    }

    /// <summary>The cadre.</summary>
    public CadreId Cadre { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Induction training: not required (not a new cadre), pending, done or overdue.</summary>
    public TrainingStatus Induction { get; internal init; }

    /// <summary>Days of training that started from election to the induction deadline, up to the as-of date.</summary>
    public long InductionDays { get; internal init; }

    /// <summary>The last day on which induction is on time: election plus the policy's months.</summary>
    public LocalDate InductionDueOn { get; internal init; }

    /// <summary>The first day of the session that completed induction, if it is complete.</summary>
    public LocalDate? InductionCompletedOn { get; internal init; }

    /// <summary>Rotation training: not required yet, pending or done for the as-of year, or overdue for the year before.</summary>
    public TrainingStatus Rotation { get; internal init; }

    /// <summary>The calendar year <see cref="Rotation"/> judges.</summary>
    public int RotationYear { get; internal init; }

    /// <summary>Days of training started in <see cref="RotationYear"/>, up to the as-of date.</summary>
    public long RotationDays { get; internal init; }

    /// <summary>The last day of the year whose rotation training is owed next (for an overdue one, the past year's end).</summary>
    public LocalDate RotationDueOn { get; internal init; }

    /// <summary>The assistant and temporary posts held on the as-of date.</summary>
    public IReadOnlyList<CadrePost> ActivePosts { get; internal init; } = ValueList<CadrePost>.Of();

    /// <summary>Whether induction or rotation training is overdue.</summary>
    public bool IsOverdue => Induction == TrainingStatus.Overdue || Rotation == TrainingStatus.Overdue;

    /// <summary>One reason for induction, one for rotation, one per post held.</summary>
    public IReadOnlyList<Reason> Reasons { get; internal init; } = ValueList<Reason>.Of();

    /// <summary>The label of the policy version in force on the as-of date.</summary>
    public string PolicyLabel { get; }
}
