using System.Collections.ObjectModel;
using NodaTime;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The tally of a round: turnout per group and overall, whether the quorum was met, and the result
/// of every candidate in the round's candidate order.
/// </summary>
/// <remarks>
/// The full result, for the evaluating committee. <see cref="Publish"/> gives what may be posted:
/// it withholds the breakdown of small groups (see <c>docs/evaluation.md</c>, "Anonymity").
/// </remarks>
public sealed class EvaluationRoundResult
{
    private readonly ReadOnlyCollection<CandidateResult> candidates;
    private readonly ReadOnlyCollection<GroupTurnout> groups;

    internal EvaluationRoundResult(EvaluationRound round, PolicyVersion<EvaluationPolicy> version, GroupTurnout[] groups, CandidateResult[] candidates, bool quorumMet)
    {
        Round = round.Id;
        PolicyVersion = version.Label;
        Policy = version.Policy;
        OpensOn = round.OpensOn;
        ClosesOn = round.ClosesOn;
        this.groups = Array.AsReadOnly(groups);
        this.candidates = Array.AsReadOnly(candidates);
        Eligible = round.EligibleCount;
        foreach (var group in groups)
        {
            ValidBallots += group.ValidBallots;
            InvalidBallots += group.InvalidBallots;
        }

        QuorumMet = quorumMet;
    }

    /// <summary>The round's id.</summary>
    public RoundId Round { get; }

    /// <summary>The label of the policy version the round was tallied under: the one the round names.</summary>
    public string PolicyVersion { get; }

    /// <summary>The policy the round was tallied under.</summary>
    public EvaluationPolicy Policy { get; }

    /// <summary>The round's first day of voting.</summary>
    public LocalDate OpensOn { get; }

    /// <summary>The round's last day of voting.</summary>
    public LocalDate ClosesOn { get; }

    /// <summary>Eligible voters over all groups.</summary>
    public int Eligible { get; }

    /// <summary>Valid ballots over all groups.</summary>
    public int ValidBallots { get; }

    /// <summary>Invalid ballots over all groups.</summary>
    public int InvalidBallots { get; }

    /// <summary>Ballots cast over all groups: valid + invalid.</summary>
    public int BallotsCast => ValidBallots + InvalidBallots;

    /// <summary>Ballots cast ÷ eligible voters, exactly.</summary>
    public Ratio Turnout => Ratio.Of(BallotsCast, Eligible);

    /// <summary>Whether <see cref="Turnout"/> meets <see cref="EvaluationPolicy.Quorum"/>.</summary>
    public bool QuorumMet { get; }

    /// <summary>The ballots of each group, in the round's group order (read-only).</summary>
    public IReadOnlyList<GroupTurnout> Groups => groups;

    /// <summary>The result of each candidate, in the round's candidate order (read-only).</summary>
    public IReadOnlyList<CandidateResult> Candidates => candidates;

    /// <summary>The result of <paramref name="candidate"/>.</summary>
    /// <exception cref="InvalidInputException">
    /// <paramref name="candidate"/> is the default id (<c>EVAL.CANDIDATE_ID_MISSING</c>) or not a candidate of the round (<c>EVAL.CANDIDATE_UNKNOWN</c>).
    /// </exception>
    public CandidateResult For(CadreId candidate) =>
        candidates.FirstOrDefault(c => c.Candidate == candidate)
        ?? throw new InvalidInputException([candidate.IsDefault
            ? Failures.Of(nameof(candidate), EvaluationErrorCodes.CandidateIdMissing, null)
            : Failures.Of(nameof(candidate), EvaluationErrorCodes.CandidateUnknown, candidate.Value, candidate.Value, Round)]);

    /// <summary>The candidates rated incompetent in this round, to pass to the tally of the next round (a read-only copy).</summary>
    public IReadOnlyList<CadreId> RatedIncompetent => Array.AsReadOnly(candidates.Where(c => c.RatedIncompetent).Select(c => c.Candidate).ToArray());

    /// <summary>
    /// What may be posted: per candidate the outcome, the round totals and the breakdown of every group
    /// with enough ballots; small groups are withheld so that no withheld group's figures can be
    /// recovered by subtracting published figures from the totals.
    /// </summary>
    public PublishedRoundResult Publish() => PublishedRoundResult.From(this);

    /// <summary>The round as a host stores it for <see cref="Specifications.RoundsBelowQuorumSpec"/>.</summary>
    public EvaluationRoundSummary ToSummary() => new()
    {
        Id = Round,
        PolicyVersion = PolicyVersion,
        OpensOn = OpensOn,
        ClosesOn = ClosesOn,
        Eligible = Eligible,
        BallotsCast = BallotsCast,
        QuorumMet = QuorumMet,
    };

    /// <summary>Every candidate's result as a host stores it for the candidate specifications (a read-only copy).</summary>
    public IReadOnlyList<CandidateEvaluationSummary> ToCandidateSummaries() => Array.AsReadOnly(
        candidates.Select(c => new CandidateEvaluationSummary
        {
            Id = Round.Value + "/" + c.Candidate.Value,
            Round = Round,
            Candidate = c.Candidate,
            ClosesOn = ClosesOn,
            Outcome = c.Outcome,
            QuorumMet = QuorumMet,
            Valid = c.Valid,
            Recognized = c.Counts.Recognized,
            Incompetent = c.Counts.Incompetent,
            RatedIncompetent = c.RatedIncompetent,
            RatedIncompetentInPreviousRound = c.RatedIncompetentInPreviousRound,
        }).ToArray());
}
