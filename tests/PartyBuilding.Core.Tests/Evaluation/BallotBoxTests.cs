using PartyBuilding.Core.Evaluation;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed partial class BallotBoxTests
{
    private static readonly CadreId A = Cadre(0);

    private static BallotBox Box(int voters = 5) => new(SingleGroup(voters));

    private static string CodeOf(Exception error) => error.Message.Split(':')[0];

    [Fact]
    public void A_voter_is_issued_one_ballot_and_a_second_issue_is_refused()
    {
        var box = Box();
        var voter = Voter("members", 0);
        var paper = box.Issue(voter);

        var error = Assert.Throws<InvalidOperationException>(() => box.Issue(voter));

        Assert.Equal(EvaluationErrorCodes.BallotAlreadyIssued, CodeOf(error));
        Assert.Equal("members", paper.Group);
        Assert.True(box.HasBeenIssued(voter));
        Assert.Equal(1, box.IssuedCount);
        Assert.Equal(1, box.OutstandingCount);
    }

    [Fact]
    public void A_paper_is_cast_once_and_a_second_cast_is_refused()
    {
        var box = Box();
        var paper = box.Issue(Voter("members", 0));
        box.Cast(paper, [new(A, Rating.Excellent)]);

        var error = Assert.Throws<InvalidOperationException>(() => box.Cast(paper, [new(A, Rating.Incompetent)]));

        Assert.Equal(EvaluationErrorCodes.BallotAlreadyCast, CodeOf(error));
        Assert.Equal(1, box.CastCount);
        Assert.Equal(0, box.OutstandingCount);
    }

    [Fact]
    public void A_paper_the_box_did_not_issue_is_refused()
    {
        var box = Box();
        var real = box.Issue(Voter("members", 0));

        var forged = Assert.Throws<InvalidOperationException>(() => box.Cast(new BallotPaper(Guid.NewGuid(), "members"), []));
        var regrouped = Assert.Throws<InvalidOperationException>(() => box.Cast(real with { Group = "other" }, []));
        var fromAnotherBox = Assert.Throws<InvalidOperationException>(() => box.Cast(Box().Issue(Voter("members", 1)), []));

        Assert.All([forged, regrouped, fromAnotherBox], e => Assert.Equal(EvaluationErrorCodes.BallotUnknown, CodeOf(e)));
        Assert.Equal(0, box.CastCount);
    }

    [Fact]
    public void Nothing_is_issued_or_cast_after_close_and_close_happens_once()
    {
        var box = Box();
        var paper = box.Issue(Voter("members", 0));
        box.Close();

        Assert.Equal(BallotBoxState.Closed, box.State);
        Assert.Equal(EvaluationErrorCodes.BoxClosed, CodeOf(Assert.Throws<InvalidOperationException>(() => box.Cast(paper, []))));
        Assert.Equal(EvaluationErrorCodes.BoxClosed, CodeOf(Assert.Throws<InvalidOperationException>(() => box.Issue(Voter("members", 1)))));
        Assert.Equal(EvaluationErrorCodes.BoxClosed, CodeOf(Assert.Throws<InvalidOperationException>(box.Close)));
        Assert.Equal(0, box.CastCount);
    }

    [Fact]
    public void Ballots_cannot_be_read_or_tallied_while_the_box_is_open()
    {
        var box = Box();
        var tally = new DemocraticEvaluationTally(EvaluationPolicy.Default);

        Assert.Equal(EvaluationErrorCodes.BoxOpen, CodeOf(Assert.Throws<InvalidOperationException>(() => box.Ballots)));
        Assert.Equal(EvaluationErrorCodes.BoxOpen, CodeOf(Assert.Throws<InvalidOperationException>(() => tally.Tally(box))));
    }

    [Fact]
    public void An_ineligible_voter_is_refused_as_invalid_input()
    {
        var box = Box();

        var stranger = Assert.Throws<InvalidInputException>(() => box.Issue(new VoterId("stranger")));
        var missing = Assert.Throws<InvalidInputException>(() => box.Issue(default));

        Assert.Equal([EvaluationErrorCodes.VoterNotEligible], stranger.Codes);
        Assert.Equal([EvaluationErrorCodes.VoterNotEligible], missing.Codes);
        Assert.Equal(0, box.IssuedCount);
        Assert.Throws<ArgumentNullException>(() => new BallotBox(null!));
        Assert.Throws<ArgumentNullException>(() => box.Cast(null!, []));
    }

    [Fact]
    public void Stored_ballots_carry_group_and_ratings_only_in_candidate_order_and_not_in_casting_order()
    {
        var round = SingleGroup(60, candidates: 2);
        var box = new BallotBox(round);
        var b = Cadre(1);
        for (var i = 0; i < 60; i++)
        {
            var paper = box.Issue(Voter("members", i));
            box.Cast(paper, [new(b, (Rating)(i % 4)), new(A, i < 30 ? Rating.Excellent : Rating.Incompetent)]);
        }

        box.Close();

        Assert.All(box.Ballots, ballot => Assert.Equal([A, b], ballot.Ratings.Select(r => r.Candidate)));
        Assert.Equal([nameof(Ballot.Group), nameof(Ballot.Ratings)], typeof(Ballot).GetProperties().Select(p => p.Name).Order());
        var castOrder = Enumerable.Range(0, 60).Select(i => i < 30 ? Rating.Excellent : Rating.Incompetent);
        Assert.NotEqual(castOrder, box.Ballots.Select(x => x.Ratings[0].Rating)); // fails with probability 30!·30!/60! ≈ 8e-18
        Assert.Equal(box.IssuedVoters.Order(), box.IssuedVoters);
        Assert.False(box.Ballots is IList<Ballot> { IsReadOnly: false });
        Assert.False(box.Ballots[0].Ratings is CandidateRating[]);
        Assert.Throws<NotSupportedException>(() => ((IList<CandidateRating>)box.Ballots[0].Ratings)[0] = default);
    }

    [Fact]
    public void A_closed_box_is_tallied_like_its_ballots()
    {
        var round = SingleGroup(6);
        var box = new BallotBox(round);
        var ratings = new[] { Rating.Excellent, Rating.Competent, Rating.Incompetent, Rating.Competent };
        for (var i = 0; i < ratings.Length; i++)
        {
            box.Cast(box.Issue(Voter("members", i)), [new(A, ratings[i])]);
        }

        box.Close();
        var result = new DemocraticEvaluationTally(EvaluationPolicy.Default).Tally(box).For(A);

        Assert.Equal(new RatingCounts(1, 2, 0, 1, 0, 0), result.Counts);
        Assert.Equal(EvaluationOutcome.Retain, result.Outcome);
    }
}
