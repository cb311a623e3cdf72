using PartyBuilding.Core.Evaluation;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed partial class TallyTests
{
    private static readonly CadreId A = Cadre(0);
    private readonly DemocraticEvaluationTally tally = new(EvaluationPolicy.Default);

    private CandidateResult One(int voters, int excellent, int competent, int basically, int incompetent, int abstaining = 0, int invalid = 0, IEnumerable<CadreId>? previous = null) =>
        tally.Tally(SingleGroup(voters), Ballots("members", A, excellent, competent, basically, incompetent, abstaining, invalid), previous ?? []).For(A);

    [Theory]
    // incompetent share exactly 1/3: not more than 1/3, recognition 2/3 ≥ 3/5 → Retain
    [InlineData(1, 1, 0, 1, EvaluationOutcome.Retain, EvaluationReasonCodes.WithinBounds)]
    // incompetent share 2/5 > 1/3 → WarningTalk
    [InlineData(3, 0, 0, 2, EvaluationOutcome.WarningTalk, EvaluationReasonCodes.IncompetentShareWarning)]
    // incompetent share exactly 1/2 → Adjust
    [InlineData(2, 0, 0, 2, EvaluationOutcome.Adjust, EvaluationReasonCodes.IncompetentShareAdjust)]
    // incompetent share 3/7 just below 1/2 → WarningTalk
    [InlineData(4, 0, 0, 3, EvaluationOutcome.WarningTalk, EvaluationReasonCodes.IncompetentShareWarning)]
    // recognition exactly 3/5 → Retain
    [InlineData(2, 1, 2, 0, EvaluationOutcome.Retain, EvaluationReasonCodes.WithinBounds)]
    // recognition 4/7 just below 3/5 → WarningTalk
    [InlineData(2, 2, 3, 0, EvaluationOutcome.WarningTalk, EvaluationReasonCodes.RecognitionLow)]
    // all excellent → Retain
    [InlineData(6, 0, 0, 0, EvaluationOutcome.Retain, EvaluationReasonCodes.WithinBounds)]
    // all incompetent → Adjust
    [InlineData(0, 0, 0, 6, EvaluationOutcome.Adjust, EvaluationReasonCodes.IncompetentShareAdjust)]
    public void Advises_the_outcome_at_each_share_boundary(int excellent, int competent, int basically, int incompetent, EvaluationOutcome outcome, string firstReason)
    {
        var voters = excellent + competent + basically + incompetent;
        var result = One(voters, excellent, competent, basically, incompetent);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(firstReason, result.Reasons[0].Code);
        Assert.Equal(Ratio.Of(excellent + competent, voters), result.Recognition);
        Assert.Equal(Ratio.Of(incompetent, voters), result.IncompetentShare);
    }

    [Fact]
    public void Exactly_one_third_incompetent_with_low_recognition_gives_a_warning_for_recognition_only()
    {
        var result = One(3, 0, 0, 2, 1);

        Assert.Equal(EvaluationOutcome.WarningTalk, result.Outcome);
        Assert.Equal([EvaluationReasonCodes.RecognitionLow], result.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Incompetent_share_and_low_recognition_both_give_reasons()
    {
        var result = One(5, 1, 1, 1, 2);

        Assert.Equal(EvaluationOutcome.WarningTalk, result.Outcome);
        Assert.Equal([EvaluationReasonCodes.IncompetentShareWarning, EvaluationReasonCodes.RecognitionLow], result.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData(9, 6, true)]   // exactly 2/3
    [InlineData(9, 5, false)]  // 5/9 below 2/3
    [InlineData(6, 4, true)]   // 4/6 = 2/3
    [InlineData(6, 3, false)]
    [InlineData(6, 0, false)]
    public void Turnout_exactly_at_the_quorum_is_enough_and_below_it_is_inconclusive(int eligible, int cast, bool met)
    {
        var result = tally.Tally(SingleGroup(eligible), Ballots("members", A, cast, 0, 0, 0));

        Assert.Equal(met, result.QuorumMet);
        Assert.Equal(Ratio.Of(cast, eligible), result.Turnout);
        var candidate = result.For(A);
        Assert.Equal(met ? EvaluationOutcome.Retain : EvaluationOutcome.Inconclusive, candidate.Outcome);
        if (!met)
        {
            Assert.Equal(EvaluationReasonCodes.QuorumNotMet, Assert.Single(candidate.Reasons).Code);
            Assert.False(candidate.RatedIncompetent);
        }
    }

    [Fact]
    public void Quorum_counts_invalid_and_blank_ballots_as_cast()
    {
        var result = One(6, 1, 0, 0, 0, abstaining: 2, invalid: 1);

        Assert.Equal(EvaluationOutcome.Retain, result.Outcome);
        Assert.Equal(new RatingCounts(1, 0, 0, 0, 2, 1), result.Counts);
        Assert.Equal(Ratio.Of(4, 6), result.Turnout);
    }

    [Fact]
    public void A_candidate_nobody_rated_validly_is_inconclusive()
    {
        var result = One(3, 0, 0, 0, 0, abstaining: 2, invalid: 1);

        Assert.Equal(EvaluationOutcome.Inconclusive, result.Outcome);
        Assert.Equal(EvaluationReasonCodes.NoValidRatings, Assert.Single(result.Reasons).Code);
        Assert.False(result.HasValidRatings);
        Assert.Equal(Ratio.Zero, result.Recognition);
    }

    [Fact]
    public void Ballots_rating_a_non_candidate_rating_twice_or_with_an_undefined_rating_are_invalid()
    {
        var round = SingleGroup(5, candidates: 2);
        var b = Cadre(1);
        Ballot[] ballots =
        [
            new("members", [new(A, Rating.Excellent), new(new CadreId("stranger"), Rating.Excellent)]),
            new("members", [new(A, Rating.Excellent), new(A, Rating.Excellent)]),
            new("members", [new(A, (Rating)9)]),
            new("members", [new(A, Rating.Competent), new(default, Rating.Competent)]),
            new("members", [new(A, Rating.Competent)]),
        ];

        var result = tally.Tally(round, ballots);

        Assert.Equal(4, result.InvalidBallots);
        Assert.Equal(1, result.ValidBallots);
        Assert.Equal(new RatingCounts(0, 1, 0, 0, 0, 4), result.For(A).Counts);
        Assert.Equal(new RatingCounts(0, 0, 0, 0, 1, 4), result.For(b).Counts);
        Assert.Equal(EvaluationOutcome.Inconclusive, result.For(b).Outcome);
    }

    [Fact]
    public void The_composite_weights_each_groups_share()
    {
        var round = Round(1, Group("members", Ratio.Of(3, 5), 5), Group("representatives", Ratio.Of(2, 5), 5));
        var ballots = Ballots("members", A, 5, 0, 0, 0).Concat(Ballots("representatives", A, 2, 0, 0, 3));

        var result = tally.Tally(round, ballots).For(A);

        // 3/5 · 1 + 2/5 · 2/5 = 19/25; 2/5 · 3/5 = 6/25 (pooled would be 7/10 and 3/10).
        Assert.Equal(Ratio.Of(19, 25), result.Recognition);
        Assert.Equal(Ratio.Of(6, 25), result.IncompetentShare);
        Assert.Equal(Ratio.Of(7, 10), result.Counts.Recognition);
        Assert.Equal(EvaluationOutcome.Retain, result.Outcome);
        Assert.Equal([Ratio.Of(3, 5), Ratio.Of(2, 5)], result.Groups.Select(g => g.EffectiveWeight));
    }

    [Fact]
    public void A_group_with_no_valid_rating_is_left_out_and_the_other_weights_renormalised()
    {
        var round = Round(1, Group("members", Ratio.Of(1, 2), 4), Group("representatives", Ratio.Of(1, 3), 3), Group("township", Ratio.Of(1, 6), 2));
        var ballots = Ballots("members", A, 1, 0, 0, 3)
            .Concat(Ballots("representatives", A, 3, 0, 0, 0))
            .Concat(Ballots("township", A, 0, 0, 0, 0, abstaining: 1, invalid: 1));

        var result = tally.Tally(round, ballots).For(A);

        // members 1/2 and representatives 1/3 renormalised to 3/5 and 2/5: 3/5 · 3/4 = 9/20 incompetent.
        Assert.Equal([Ratio.Of(3, 5), Ratio.Of(2, 5), Ratio.Zero], result.Groups.Select(g => g.EffectiveWeight));
        Assert.Equal(Ratio.Of(9, 20), result.IncompetentShare);
        Assert.Equal(Ratio.Of(11, 20), result.Recognition);
        Assert.Equal(EvaluationOutcome.WarningTalk, result.Outcome);
        Assert.Contains(result.Reasons, r => r.Code == EvaluationReasonCodes.GroupLeftOutOfComposite);
        Assert.False(result.Groups[2].InComposite);
    }

    [Fact]
    public void Rated_incompetent_in_the_previous_round_and_again_now_advises_adjustment()
    {
        // 2/5 incompetent: a warning on its own, an adjustment after an incompetent rating last round.
        var alone = One(5, 3, 0, 0, 2);
        var again = One(5, 3, 0, 0, 2, previous: [A]);

        Assert.Equal(EvaluationOutcome.WarningTalk, alone.Outcome);
        Assert.True(alone.RatedIncompetent);
        Assert.Equal(EvaluationOutcome.Adjust, again.Outcome);
        Assert.Equal(EvaluationReasonCodes.ConsecutiveIncompetent, Assert.Single(again.Reasons).Code);
        Assert.True(again.RatedIncompetentInPreviousRound);
    }

    [Fact]
    public void Rated_incompetent_in_the_previous_round_but_not_now_is_not_adjusted()
    {
        // exactly 1/3 incompetent is not "rated incompetent" (more than 1/3 is).
        var result = One(3, 2, 0, 0, 1, previous: [A, new CadreId("someone-else")]);

        Assert.False(result.RatedIncompetent);
        Assert.Equal(EvaluationOutcome.Retain, result.Outcome);
    }

    [Fact]
    public void Both_adjustment_reasons_are_given_when_both_apply()
    {
        var result = One(4, 0, 0, 0, 4, previous: [A]);

        Assert.Equal(EvaluationOutcome.Adjust, result.Outcome);
        Assert.Equal([EvaluationReasonCodes.IncompetentShareAdjust, EvaluationReasonCodes.ConsecutiveIncompetent], result.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Bounds_follow_the_policy_inclusiveness()
    {
        var strict = new DemocraticEvaluationTally(EvaluationPolicy.Default with
        {
            AdjustIncompetentShare = RatioThreshold.MoreThan(1, 2),
            MinimumRecognition = RatioThreshold.MoreThan(3, 5),
        });

        var half = strict.Tally(SingleGroup(4), Ballots("members", A, 2, 0, 0, 2)).For(A);
        var sixty = strict.Tally(SingleGroup(5), Ballots("members", A, 3, 0, 2, 0)).For(A);

        Assert.Equal(EvaluationOutcome.WarningTalk, half.Outcome);
        Assert.Equal(EvaluationOutcome.WarningTalk, sixty.Outcome);
        Assert.Equal(EvaluationReasonCodes.RecognitionLow, Assert.Single(sixty.Reasons).Code);
    }

    [Fact]
    public void A_round_is_tallied_under_the_policy_version_it_names()
    {
        var lenient = EvaluationPolicy.Default with { Quorum = RatioThreshold.AtLeast(1, 2) };
        var set = new PolicySet<EvaluationPolicy>(
        [
            new PolicyVersion<EvaluationPolicy>("2025", new NodaTime.LocalDate(2025, 1, 1), EvaluationPolicy.Default),
            new PolicyVersion<EvaluationPolicy>("2026", new NodaTime.LocalDate(2026, 1, 1), lenient),
        ]);
        var byVersion = new DemocraticEvaluationTally(set);
        EvaluationRound RoundUnder(string label) =>
            new(new RoundId("r"), [A], [Group("members", Ratio.One, 4)], Opens, Closes, label);

        var old = byVersion.Tally(RoundUnder("2025"), Ballots("members", A, 2, 0, 0, 0));
        var current = byVersion.Tally(RoundUnder("2026"), Ballots("members", A, 2, 0, 0, 0));
        var unknown = Assert.Throws<InvalidInputException>(() => byVersion.Tally(RoundUnder("2019"), []));

        Assert.False(old.QuorumMet);
        Assert.True(current.QuorumMet);
        Assert.Equal("2026", current.PolicyVersion);
        Assert.Contains(EvaluationErrorCodes.PolicyVersionUnknown, unknown.Codes);
    }

    [Fact]
    public void Hostile_ballot_lists_are_refused_with_every_failure_listed()
    {
        var round = SingleGroup(2);
        Ballot[] ballots = [null!, new("nobody", []), new("members", null!)];

        var error = Assert.Throws<InvalidInputException>(() => tally.Tally(round, ballots, [default]));

        Assert.Equal(
            [EvaluationErrorCodes.CandidateIdMissing, EvaluationErrorCodes.BallotMissing, EvaluationErrorCodes.BallotGroupUnknown, EvaluationErrorCodes.BallotRatingsMissing],
            error.Codes);
        Assert.Throws<ArgumentNullException>(() => tally.Tally(null!, ballots));
        Assert.Throws<ArgumentNullException>(() => tally.Tally(round, (IEnumerable<Ballot>)null!));
        Assert.Throws<ArgumentNullException>(() => tally.Tally(round, [], null!));
    }

    [Fact]
    public void More_ballots_than_voters_in_a_group_are_refused()
    {
        var error = Assert.Throws<InvalidInputException>(() => tally.Tally(SingleGroup(2), Ballots("members", A, 3, 0, 0, 0)));

        Assert.Equal(EvaluationErrorCodes.CastExceedsEligible, Assert.Single(error.Errors).ErrorCode);
    }

    [Fact]
    public void An_inconsistent_policy_is_refused_at_construction()
    {
        var error = Assert.Throws<InvalidInputException>(() => new DemocraticEvaluationTally(EvaluationPolicy.Default with { AnonymityMinimumBallots = 0 }));

        Assert.Contains(EvaluationErrorCodes.PolicyAnonymityMinimum, error.Codes);
        Assert.Throws<ArgumentNullException>(() => new DemocraticEvaluationTally((EvaluationPolicy)null!));
    }

    [Fact]
    public void Ballots_from_any_enumerable_give_the_same_tally_as_from_an_array()
    {
        var round = SingleGroup(10, candidates: 2);
        var ballots = Ballots("members", A, 2, 3, 1, 2, 1, 1);

        var fromArray = tally.Tally(round, ballots.ToArray()).For(A);
        var fromList = tally.Tally(round, ballots).For(A);
        var fromLazy = tally.Tally(round, ballots.Select(b => b with { Ratings = b.Ratings.ToList() })).For(A);

        Assert.Equal(fromArray.Counts, fromList.Counts);
        Assert.Equal(fromArray.Counts, fromLazy.Counts);
        Assert.Equal(new RatingCounts(2, 3, 1, 2, 1, 1), fromArray.Counts);
    }

    [Fact]
    public void Reasons_are_localized_and_codes_are_not()
    {
        var en = TestSupport.Culture.Under("en", () => One(4, 0, 0, 0, 4));
        var zh = TestSupport.Culture.Under("zh-CN", () => One(4, 0, 0, 0, 4));

        Assert.Equal(en.Reasons[0].Code, zh.Reasons[0].Code);
        Assert.NotEqual(en.Reasons[0].Message, zh.Reasons[0].Message);
        Assert.Contains("1/1", en.Reasons[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_previous_rounds_incompetent_list_feeds_the_next_round()
    {
        var first = tally.Tally(SingleGroup(5), Ballots("members", A, 3, 0, 0, 2));
        var second = tally.Tally(SingleGroup(5), Ballots("members", A, 3, 0, 0, 2), first.RatedIncompetent);

        Assert.Equal([A], first.RatedIncompetent);
        Assert.Equal(EvaluationOutcome.Adjust, second.For(A).Outcome);
        // Issue 13 item 5: a cadre who is not a candidate is coded invalid input (was a KeyNotFoundException).
        Assert.Equal([EvaluationErrorCodes.CandidateUnknown], Assert.Throws<InvalidInputException>(() => second.For(new CadreId("nobody"))).Codes);
        Assert.Equal([EvaluationErrorCodes.CandidateIdMissing], Assert.Throws<InvalidInputException>(() => second.For(default)).Codes);
    }
}
