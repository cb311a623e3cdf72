using System.Collections.ObjectModel;
using System.Security.Cryptography;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The ballot box of one round: issues a ballot paper to each eligible voter at most once, accepts
/// each paper once, and keeps the issuance register and the ballots apart so that no ballot can be
/// linked to a voter.
/// </summary>
/// <remarks>
/// <para>
/// Three separate stores: the <b>issuance register</b> holds the ids of the voters who have been
/// issued a paper, and nothing else (no serial, no order is exposed: <see cref="IssuedVoters"/> is
/// sorted); the <b>outstanding serials</b> hold the random serials of papers issued and not yet cast,
/// with their group, and no voter; the <b>ballots</b> hold the group and the ratings of each cast
/// paper, with the ratings in the round's candidate order, and nothing else. Each cast ballot is
/// inserted at a uniformly random position (an incremental Fisher–Yates shuffle with a cryptographic
/// random source), so the stored order does not follow the casting order either.
/// </para>
/// <para>
/// Illegal operations throw <see cref="InvalidOperationException"/> whose message starts with the
/// code: a second issue to a voter (<c>EVAL.BALLOT_ALREADY_ISSUED</c>), a second cast of a paper
/// (<c>EVAL.BALLOT_ALREADY_CAST</c>), a paper the box did not issue (<c>EVAL.BALLOT_UNKNOWN</c>), any
/// issue, cast or close after close (<c>EVAL.BOX_CLOSED</c>), and reading the ballots while open
/// (<c>EVAL.BOX_OPEN</c>). A voter on no voter list is invalid input (<see cref="InvalidInputException"/>,
/// <c>EVAL.VOTER_NOT_ELIGIBLE</c>). A refused operation changes nothing.
/// </para>
/// <para>
/// The round is frozen (<see cref="EvaluationRound"/> is immutable), so the voter lists, candidates and
/// policy version cannot change while the box is open. The box reads no clock: the host closes it.
/// Not thread-safe: a host serialises access to one box.
/// </para>
/// </remarks>
public sealed class BallotBox
{
    private readonly HashSet<VoterId> issued = [];
    private readonly Dictionary<Guid, int> outstanding = [];
    private readonly HashSet<Guid> spent = [];
    private readonly List<Ballot> ballots = [];
    private ReadOnlyCollection<Ballot>? closedBallots;

    /// <summary>Opens a box for <paramref name="round"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public BallotBox(EvaluationRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        Round = round;
    }

    /// <summary>The round, frozen.</summary>
    public EvaluationRound Round { get; }

    /// <summary>Whether the box is open or closed.</summary>
    public BallotBoxState State { get; private set; } = BallotBoxState.Open;

    /// <summary>Papers issued so far.</summary>
    public int IssuedCount => issued.Count;

    /// <summary>Papers cast so far.</summary>
    public int CastCount => ballots.Count;

    /// <summary>Papers issued and not cast.</summary>
    public int OutstandingCount => outstanding.Count;

    /// <summary>The voters issued a paper, sorted by id (so the issuing order is not exposed); a read-only copy.</summary>
    public IReadOnlyList<VoterId> IssuedVoters => Array.AsReadOnly(issued.Order().ToArray());

    /// <summary>Whether <paramref name="voter"/> has been issued a paper.</summary>
    public bool HasBeenIssued(VoterId voter) => !voter.IsDefault && issued.Contains(voter);

    /// <summary>The cast ballots, in random order; readable (read-only, whatever it is cast to) once the box is closed.</summary>
    /// <exception cref="InvalidOperationException">The box is open (<c>EVAL.BOX_OPEN</c>).</exception>
    public IReadOnlyList<Ballot> Ballots => closedBallots ?? throw IllegalTransition.Of(EvaluationErrorCodes.BoxOpen, Round.Id);

    /// <summary>The stored ballots themselves, for the tally (no copy, no wrapper).</summary>
    internal List<Ballot> ClosedBallots => State == BallotBoxState.Closed ? ballots : throw IllegalTransition.Of(EvaluationErrorCodes.BoxOpen, Round.Id);

    /// <summary>Issues a ballot paper to <paramref name="voter"/>.</summary>
    /// <returns>The paper, naming the voter's group and a random serial.</returns>
    /// <exception cref="InvalidInputException">The voter is on no voter list of the round (<c>EVAL.VOTER_NOT_ELIGIBLE</c>).</exception>
    /// <exception cref="InvalidOperationException">The box is closed, or the voter already has a paper.</exception>
    public BallotPaper Issue(VoterId voter)
    {
        EnsureOpen();
        if (!Round.TryGetGroupOf(voter, out var group))
        {
            Failures.ThrowIfAny([Failures.Of(nameof(voter), EvaluationErrorCodes.VoterNotEligible, voter.Value, voter.Value, Round.Id)]);
        }

        if (issued.Contains(voter))
        {
            throw IllegalTransition.Of(EvaluationErrorCodes.BallotAlreadyIssued, voter.Value);
        }

        Guid serial;
        do
        {
            serial = new Guid(RandomNumberGenerator.GetBytes(16));
        }
        while (outstanding.ContainsKey(serial) || spent.Contains(serial));

        issued.Add(voter);
        Round.TryGetGroupIndex(group!.Name, out var groupIndex);
        outstanding.Add(serial, groupIndex);
        return new BallotPaper(serial, group.Name);
    }

    /// <summary>Casts <paramref name="paper"/> with <paramref name="ratings"/>.</summary>
    /// <param name="paper">A paper this box issued and that has not been cast.</param>
    /// <param name="ratings">
    /// The ratings. A ballot rating a non-candidate or a candidate twice, or with an undefined rating,
    /// is accepted and counted as invalid; a candidate left unrated is an abstention.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="paper"/> or <paramref name="ratings"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The box is closed, the paper was cast already, or the box did not issue it.</exception>
    public void Cast(BallotPaper paper, IEnumerable<CandidateRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(ratings);
        EnsureOpen();
        if (spent.Contains(paper.Serial))
        {
            throw IllegalTransition.Of(EvaluationErrorCodes.BallotAlreadyCast);
        }

        if (!outstanding.TryGetValue(paper.Serial, out var groupIndex)
            || !string.Equals(Round.Groups[groupIndex].Name, paper.Group, StringComparison.Ordinal))
        {
            throw IllegalTransition.Of(EvaluationErrorCodes.BallotUnknown);
        }

        // Canonical order (the round's candidate order; non-candidates after, by id) so that the order
        // in which a voter filled in the paper cannot mark the ballot.
        var lines = ratings.ToArray();
        Array.Sort(lines, CompareLines);

        outstanding.Remove(paper.Serial);
        spent.Add(paper.Serial);
        ballots.Add(new Ballot(paper.Group, lines));
        var position = RandomNumberGenerator.GetInt32(ballots.Count);
        (ballots[position], ballots[^1]) = (ballots[^1], ballots[position]);
    }

    /// <summary>Closes the box: nothing more is issued or cast, and the ballots can be read and tallied.</summary>
    /// <exception cref="InvalidOperationException">The box is already closed.</exception>
    public void Close()
    {
        EnsureOpen();
        State = BallotBoxState.Closed;
        closedBallots = ballots.AsReadOnly();
    }

    private int CompareLines(CandidateRating left, CandidateRating right)
    {
        var l = Round.TryGetCandidateIndex(left.Candidate, out var li) ? li : int.MaxValue;
        var r = Round.TryGetCandidateIndex(right.Candidate, out var ri) ? ri : int.MaxValue;
        var byIndex = l.CompareTo(r);
        if (byIndex != 0)
        {
            return byIndex;
        }

        var byId = string.CompareOrdinal(left.Candidate.Value, right.Candidate.Value);
        return byId != 0 ? byId : left.Rating.CompareTo(right.Rating);
    }

    private void EnsureOpen()
    {
        if (State == BallotBoxState.Closed)
        {
            throw IllegalTransition.Of(EvaluationErrorCodes.BoxClosed, Round.Id);
        }
    }
}
