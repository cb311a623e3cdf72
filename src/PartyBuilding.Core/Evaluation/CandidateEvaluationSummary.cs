using NodaTime;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// What a host stores about one candidate's result in one round
/// (<see cref="EvaluationRoundResult.ToCandidateSummaries"/>), for the candidate specifications.
/// Plain properties only, so that filters translate to SQL.
/// </summary>
public sealed record CandidateEvaluationSummary
{
    /// <summary>The row key: the round id and the cadre id joined by <c>/</c>; specifications order by it.</summary>
    public required string Id { get; init; }

    /// <summary>The round.</summary>
    public required RoundId Round { get; init; }

    /// <summary>The cadre evaluated.</summary>
    public required CadreId Candidate { get; init; }

    /// <summary>The round's last day of voting.</summary>
    public required LocalDate ClosesOn { get; init; }

    /// <summary>The advised outcome.</summary>
    public required EvaluationOutcome Outcome { get; init; }

    /// <summary>Whether the round met its quorum.</summary>
    public required bool QuorumMet { get; init; }

    /// <summary>Valid ratings of the candidate over all groups.</summary>
    public required int Valid { get; init; }

    /// <summary>Ratings Excellent or Competent over all groups.</summary>
    public required int Recognized { get; init; }

    /// <summary>Ratings Incompetent over all groups.</summary>
    public required int Incompetent { get; init; }

    /// <summary>Whether the cadre was rated incompetent in this round (<see cref="CandidateResult.RatedIncompetent"/>).</summary>
    public required bool RatedIncompetent { get; init; }

    /// <summary>Whether the cadre was rated incompetent in the previous round, as the host reported to the tally.</summary>
    public required bool RatedIncompetentInPreviousRound { get; init; }
}
