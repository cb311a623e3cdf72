using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>What a host records about one village cadre's training: election, trainings attended and on-the-job posts.</summary>
public sealed record CadreTrainingRecord
{
    /// <summary>The cadre.</summary>
    public required CadreId Cadre { get; init; }

    /// <summary>The day the cadre was elected (or took office).</summary>
    public required LocalDate ElectedOn { get; init; }

    /// <summary>Whether the cadre is new in this term, and so owes induction training.</summary>
    /// <value>The default value is true.</value>
    public bool NewCadre { get; init; } = true;

    /// <summary>The trainings attended; copied.</summary>
    public IReadOnlyList<TrainingSession> Sessions { get; init => field = ValueList<TrainingSession>.From(value); } = ValueList<TrainingSession>.Of();

    /// <summary>The assistant and temporary posts held; copied.</summary>
    public IReadOnlyList<CadrePost> Posts { get; init => field = ValueList<CadrePost>.From(value); } = ValueList<CadrePost>.Of();
}
