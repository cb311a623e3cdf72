using NodaTime;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// What a host stores about one tallied round (<see cref="EvaluationRoundResult.ToSummary"/>), for the
/// round specifications. Plain properties only, so that filters translate to SQL.
/// </summary>
public sealed record EvaluationRoundSummary
{
    /// <summary>The round's id.</summary>
    public required RoundId Id { get; init; }

    /// <summary>The label of the policy version the round was held under.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>The first day of voting.</summary>
    public required LocalDate OpensOn { get; init; }

    /// <summary>The last day of voting.</summary>
    public required LocalDate ClosesOn { get; init; }

    /// <summary>Eligible voters over all groups.</summary>
    public required int Eligible { get; init; }

    /// <summary>Ballots cast over all groups.</summary>
    public required int BallotsCast { get; init; }

    /// <summary>Whether the round met its quorum under the policy it was held under.</summary>
    public required bool QuorumMet { get; init; }
}
