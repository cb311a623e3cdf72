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
/// Three separate stores: the <b>issuance register</b> (<see cref="Register"/>) holds the ids of the
/// voters who have been issued a paper, and nothing else (no serial, no order is exposed:
/// <see cref="IssuedVoters"/> is sorted); the <b>outstanding serials</b> hold the random serials of papers
/// issued and not yet cast, with their box and group, and no voter; the box's <b>ballots</b> hold the group and the ratings of each cast
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
/// Several boxes of one round (a fixed box and a mobile box, 流动票箱) share one
/// <see cref="IssuanceRegister"/>, so a voter is issued one paper in the whole round whichever box issues
/// it; a paper is cast in the box that issued it (in another it is <c>EVAL.BALLOT_UNKNOWN</c>, and once
/// cast it is <c>EVAL.BALLOT_ALREADY_CAST</c> in every box). A box opened on a round alone has a register
/// of its own. The round is frozen (<see cref="EvaluationRound"/> is immutable), so the voter lists,
/// candidates and policy version cannot change while the box is open. The box reads no clock: the host
/// closes it. Not thread-safe: a host serialises access to the register and its boxes.
/// </para>
/// </remarks>
public sealed class BallotBox
{
    /// <summary>The name of the box a round opens alone.</summary>
    public const string DefaultName = "box";

    private readonly List<Ballot> ballots = [];
    private ReadOnlyCollection<Ballot>? closedBallots;
    private int issuedHere;

    /// <summary>Opens a box for <paramref name="round"/> alone, with an issuance register of its own.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public BallotBox(EvaluationRound round)
        : this(new IssuanceRegister(round ?? throw new ArgumentNullException(nameof(round))), DefaultName)
    {
    }

    /// <summary>Opens a box named <paramref name="name"/> that shares <paramref name="register"/> with the round's other boxes.</summary>
    /// <param name="register">The round's issuance register.</param>
    /// <param name="name">The box's name, unique among the register's boxes (for example "fixed", "mobile").</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The name is empty (<c>EVAL.BOX_NAME_EMPTY</c>) or another box of the register has it (<c>EVAL.BOX_NAME_DUPLICATE</c>).
    /// </exception>
    public BallotBox(IssuanceRegister register, string name)
    {
        ArgumentNullException.ThrowIfNull(register);
        if (string.IsNullOrWhiteSpace(name))
        {
            Failures.ThrowIfAny([Failures.Of(nameof(name), EvaluationErrorCodes.BoxNameEmpty, name, register.Round.Id)]);
        }

        Register = register;
        Name = name;
        register.Add(this, name);
    }

    /// <summary>The round, frozen.</summary>
    public EvaluationRound Round => Register.Round;

    /// <summary>The issuance register the box shares with the round's other boxes.</summary>
    public IssuanceRegister Register { get; }

    /// <summary>The box's name.</summary>
    public string Name { get; }

    /// <summary>Whether the box is open or closed.</summary>
    public BallotBoxState State { get; private set; } = BallotBoxState.Open;

    /// <summary>Papers this box issued so far.</summary>
    public int IssuedCount => issuedHere;

    /// <summary>Papers cast in this box so far.</summary>
    public int CastCount => ballots.Count;

    /// <summary>Papers this box issued and that were not cast.</summary>
    public int OutstandingCount => issuedHere - ballots.Count;

    /// <summary>
    /// The voters issued a paper in the round (by this box or another sharing the register), sorted by id so
    /// that neither the issuing order nor the box is exposed; a read-only copy.
    /// </summary>
    public IReadOnlyList<VoterId> IssuedVoters => Register.IssuedVoters;

    /// <summary>Whether <paramref name="voter"/> has been issued a paper in the round, by any box.</summary>
    public bool HasBeenIssued(VoterId voter) => Register.HasBeenIssued(voter);

    /// <summary>The cast ballots, in random order; readable (read-only, whatever it is cast to) once the box is closed.</summary>
    /// <exception cref="InvalidOperationException">The box is open (<c>EVAL.BOX_OPEN</c>).</exception>
    public IReadOnlyList<Ballot> Ballots => closedBallots ?? throw IllegalTransition.Of(EvaluationErrorCodes.BoxOpen, Round.Id);

    /// <summary>The stored ballots themselves, for the tally (no copy, no wrapper).</summary>
    internal List<Ballot> ClosedBallots => State == BallotBoxState.Closed ? ballots : throw IllegalTransition.Of(EvaluationErrorCodes.BoxOpen, Round.Id);

    /// <summary>Issues a ballot paper to <paramref name="voter"/>.</summary>
    /// <returns>The paper, naming the voter's group and a random serial.</returns>
    /// <exception cref="InvalidInputException">The voter is on no voter list of the round (<c>EVAL.VOTER_NOT_ELIGIBLE</c>).</exception>
    /// <exception cref="InvalidOperationException">The box is closed, or the voter already has a paper from any box of the round.</exception>
    public BallotPaper Issue(VoterId voter)
    {
        EnsureOpen();
        var serial = Register.Issue(this, voter, out var group);
        issuedHere++;
        return new BallotPaper(serial, group);
    }

    /// <summary>Casts <paramref name="paper"/> with <paramref name="ratings"/>.</summary>
    /// <param name="paper">A paper this box issued and that has not been cast.</param>
    /// <param name="ratings">
    /// The ratings. A ballot rating a non-candidate or a candidate twice, or with an undefined rating,
    /// is accepted and counted as invalid; a candidate left unrated is an abstention.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="paper"/> or <paramref name="ratings"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The box is closed, the paper was cast already (in any box), or this box did not issue it.</exception>
    public void Cast(BallotPaper paper, IEnumerable<CandidateRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(ratings);
        EnsureOpen();

        // Canonical order (the round's candidate order; non-candidates after, by id) so that the order
        // in which a voter filled in the paper cannot mark the ballot. Read before the paper is spent, so
        // that ratings that throw change nothing.
        var lines = ratings.ToArray();
        Array.Sort(lines, CompareLines);

        Register.Spend(this, paper);
        ballots.Add(new Ballot(paper.Group, lines));
        var position = RandomNumberGenerator.GetInt32(ballots.Count);
        (ballots[position], ballots[^1]) = (ballots[^1], ballots[position]);
    }

    /// <summary>Closes the box: nothing more is issued or cast in it, and its ballots can be read and tallied.</summary>
    /// <exception cref="InvalidOperationException">The box is already closed.</exception>
    public void Close()
    {
        EnsureOpen();
        State = BallotBoxState.Closed;
        closedBallots = ballots.AsReadOnly();
    }

    /// <summary>Returns the round id and the box's name.</summary>
    public override string ToString() => $"{Round.Id}/{Name}";

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
