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
/// <para>
/// Made by the tally only, so its figures always agree with one another; its lists are read-only. Two
/// results are equal when every figure, group and reason, in order, is.
/// </para>
/// </remarks>
public sealed record CandidateResult
{
    internal CandidateResult()
    {
    }

    /// <summary>The candidate.</summary>
    public CadreId Candidate { get; internal init; }

    /// <summary>The counts pooled over all groups.</summary>
    public RatingCounts Counts { get; internal init; }

    /// <summary>The counts per group, in the round's group order (read-only).</summary>
    public IReadOnlyList<CandidateGroupResult> Groups { get; internal init; } = [];

    /// <summary>Valid ratings of the candidate over all groups.</summary>
    public int Valid => Counts.Valid;

    /// <summary>Invalid ballots over all groups.</summary>
    public int Invalid => Counts.Invalid;

    /// <summary>Valid ballots that left the candidate unrated, over all groups.</summary>
    public int Abstaining => Counts.Abstaining;

    /// <summary>The round's turnout: ballots cast ÷ eligible voters over all groups.</summary>
    public Ratio Turnout { get; internal init; }

    /// <summary>Whether any group gave the candidate a valid rating; without one the outcome is <see cref="EvaluationOutcome.Inconclusive"/> and both shares are 0/1.</summary>
    public bool HasValidRatings => Counts.Valid > 0;

    /// <summary>Composite recognition (认可度): (Excellent + Competent) ÷ valid per group, weighted.</summary>
    public Ratio Recognition { get; internal init; }

    /// <summary>Composite incompetent share: Incompetent ÷ valid per group, weighted.</summary>
    public Ratio IncompetentShare { get; internal init; }

    /// <summary>
    /// Whether the cadre is <b>rated incompetent</b> in this round: the round met its quorum and the
    /// composite incompetent share meets <see cref="EvaluationPolicy.RatedIncompetentShare"/>. Hosts
    /// pass the candidates rated incompetent in one round to the tally of the next.
    /// </summary>
    public bool RatedIncompetent { get; internal init; }

    /// <summary>Whether the host reported the cadre as rated incompetent in the previous round.</summary>
    public bool RatedIncompetentInPreviousRound { get; internal init; }

    /// <summary>The advised outcome.</summary>
    public EvaluationOutcome Outcome { get; internal init; }

    /// <summary>The reasons for <see cref="Outcome"/>, with the figures they used (read-only).</summary>
    public IReadOnlyList<Reason> Reasons { get; internal init; } = [];

    /// <inheritdoc />
    public bool Equals(CandidateResult? other) =>
        other is not null
        && Candidate == other.Candidate
        && Counts == other.Counts
        && Turnout == other.Turnout
        && Recognition == other.Recognition
        && IncompetentShare == other.IncompetentShare
        && RatedIncompetent == other.RatedIncompetent
        && RatedIncompetentInPreviousRound == other.RatedIncompetentInPreviousRound
        && Outcome == other.Outcome
        && Groups.SequenceEqual(other.Groups)
        && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Candidate, Counts, Recognition, IncompetentShare, Outcome);
}
