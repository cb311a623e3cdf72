namespace PartyBuilding.Core.Evaluation;

/// <summary>The tally of one candidate in a round, with the advised outcome and its reasons.</summary>
/// <remarks>
/// <para>
/// <see cref="Recognition"/> and <see cref="IncompetentShare"/> are <b>composites</b>: each group's
/// share weighted by <see cref="CandidateGroupResult.EffectiveWeight"/>. A group that gave the
/// candidate no valid rating is left out and the remaining weights are scaled up exactly so that they
/// sum to 1 (weights renormalised over the groups with valid ratings); with one group the composite is
/// that group's share. The pooled counts over all groups are in <see cref="Counts"/>.
/// </para>
/// <para>
/// This is the full result for the evaluating committee. What may be posted publicly is
/// <see cref="EvaluationRoundResult.Publish"/>, which withholds small groups.
/// </para>
/// </remarks>
public sealed record CandidateResult
{
    /// <summary>The candidate.</summary>
    public required CadreId Candidate { get; init; }

    /// <summary>The counts pooled over all groups.</summary>
    public required RatingCounts Counts { get; init; }

    /// <summary>The counts per group, in the round's group order.</summary>
    public required IReadOnlyList<CandidateGroupResult> Groups { get; init; }

    /// <summary>Valid ratings of the candidate over all groups.</summary>
    public int Valid => Counts.Valid;

    /// <summary>Invalid ballots over all groups.</summary>
    public int Invalid => Counts.Invalid;

    /// <summary>Valid ballots that left the candidate unrated, over all groups.</summary>
    public int Abstaining => Counts.Abstaining;

    /// <summary>The round's turnout: ballots cast ÷ eligible voters over all groups.</summary>
    public required Ratio Turnout { get; init; }

    /// <summary>Whether any group gave the candidate a valid rating; without one the outcome is <see cref="EvaluationOutcome.Inconclusive"/> and both shares are 0/1.</summary>
    public bool HasValidRatings => Counts.Valid > 0;

    /// <summary>Composite recognition (认可度): (Excellent + Competent) ÷ valid per group, weighted.</summary>
    public required Ratio Recognition { get; init; }

    /// <summary>Composite incompetent share: Incompetent ÷ valid per group, weighted.</summary>
    public required Ratio IncompetentShare { get; init; }

    /// <summary>
    /// Whether the cadre is <b>rated incompetent</b> in this round: the round met its quorum and the
    /// composite incompetent share meets <see cref="EvaluationPolicy.RatedIncompetentShare"/>. Hosts
    /// pass the candidates rated incompetent in one round to the tally of the next.
    /// </summary>
    public required bool RatedIncompetent { get; init; }

    /// <summary>Whether the host reported the cadre as rated incompetent in the previous round.</summary>
    public required bool RatedIncompetentInPreviousRound { get; init; }

    /// <summary>The advised outcome.</summary>
    public required EvaluationOutcome Outcome { get; init; }

    /// <summary>The reasons for <see cref="Outcome"/>, with the figures they used.</summary>
    public required IReadOnlyList<Reason> Reasons { get; init; }
}
