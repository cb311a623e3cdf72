using NodaTime;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Validation;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed class RoundTests
{
    [Fact]
    public void A_consistent_round_freezes_its_lists()
    {
        var voters = new List<VoterId> { Voter("m", 0), Voter("m", 1) };
        var candidates = new List<CadreId> { Cadre(0) };
        var round = new EvaluationRound(new RoundId("r"), candidates, [new RaterGroup("m", Ratio.One, voters)], Opens, Closes, "2026");
        voters.Add(Voter("m", 2));
        candidates.Add(Cadre(1));

        Assert.Equal(2, round.Groups[0].EligibleCount);
        Assert.Equal(2, round.EligibleCount);
        Assert.Single(round.Candidates);
        Assert.Equal("2026", round.PolicyVersion);
        Assert.True(round.TryGetGroupOf(Voter("m", 1), out var group));
        Assert.Equal("m", group!.Name);
        Assert.False(round.TryGetGroupOf(Voter("m", 2), out _));
        Assert.True(round.IsCandidate(Cadre(0)));
        Assert.False(round.IsCandidate(default));
    }

    [Fact]
    public void An_inconsistent_round_is_refused_with_every_failure_listed()
    {
        var error = Assert.Throws<InvalidInputException>(() => new EvaluationRound(
            default,
            [Cadre(0), Cadre(0), default],
            [
                new RaterGroup("m", Ratio.Of(1, 2), [Voter("m", 0), Voter("m", 0), default]),
                new RaterGroup("m", Ratio.Of(1, 3), [Voter("m", 1)]),
                new RaterGroup(" ", Ratio.Zero, []),
                new RaterGroup("x", Ratio.Of(1, 6), [Voter("m", 1)]),
            ],
            Closes,
            Opens,
            ""));

        Assert.Equal(
            new[]
            {
                EvaluationErrorCodes.RoundIdMissing, EvaluationErrorCodes.PolicyVersionEmpty, EvaluationErrorCodes.CandidateDuplicate,
                EvaluationErrorCodes.CandidateIdMissing, EvaluationErrorCodes.VoterDuplicate, EvaluationErrorCodes.VoterIdMissing,
                EvaluationErrorCodes.GroupDuplicate, EvaluationErrorCodes.GroupNameEmpty, EvaluationErrorCodes.WeightNotPositive,
                EvaluationErrorCodes.GroupWithoutVoters, EvaluationErrorCodes.VoterInTwoGroups, EvaluationErrorCodes.DatesOutOfOrder,
            }.Order(),
            error.Codes.Order());
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Theory]
    [InlineData(1, 3, 1, 3)]
    [InlineData(1, 2, 1, 3)]
    [InlineData(2, 3, 1, 2)]
    public void Weights_must_sum_exactly_to_one(int n1, int d1, int n2, int d2)
    {
        var error = Assert.Throws<InvalidInputException>(() =>
            Round(1, Group("a", Ratio.Of(n1, d1), 2), Group("b", Ratio.Of(n2, d2), 2)));

        Assert.Equal([EvaluationErrorCodes.WeightsNotOne], error.Codes);
    }

    [Fact]
    public void Empty_candidates_and_groups_and_null_lists_are_refused()
    {
        var empty = Assert.Throws<InvalidInputException>(() => new EvaluationRound(new RoundId("r"), [], [], Opens, Closes));
        var nullGroup = Assert.Throws<InvalidInputException>(() => new EvaluationRound(new RoundId("r"), [Cadre(0)], [null!], Opens, Closes));

        Assert.Equal([EvaluationErrorCodes.CandidatesEmpty, EvaluationErrorCodes.GroupsEmpty], empty.Codes);
        Assert.Equal([EvaluationErrorCodes.GroupMissing], nullGroup.Codes);
        Assert.Throws<ArgumentNullException>(() => new EvaluationRound(new RoundId("r"), null!, [], Opens, Closes));
        Assert.Throws<ArgumentNullException>(() => new EvaluationRound(new RoundId("r"), [], null!, Opens, Closes));
        Assert.Throws<ArgumentNullException>(() => new RaterGroup("g", Ratio.One, null!));
    }

    [Fact]
    public void A_round_whose_composite_could_overflow_64_bits_is_refused()
    {
        var weights = new[] { Ratio.Of(1, 7), Ratio.Of(1, 11), Ratio.Of(1, 13), Ratio.Of(1, 17) };
        var error = Assert.Throws<InvalidInputException>(() => Round(
            1,
            [.. Enumerable.Range(0, 5).Select(g => Group("g" + g, g < 4 ? weights[g] : Remainder(weights), 9_000))]));

        Assert.Contains(EvaluationErrorCodes.RoundTooLarge, error.Codes);
    }

    private static Ratio Remainder(Ratio[] weights)
    {
        // 1 − Σ weights, exactly: 1 − (1/7 + 1/11 + 1/13 + 1/17).
        var denominator = 7L * 11 * 13 * 17;
        var numerator = denominator - ((11L * 13 * 17) + (7L * 13 * 17) + (7L * 11 * 17) + (7L * 11 * 13));
        _ = weights;
        return Ratio.Of(numerator, denominator);
    }

    [Fact]
    public void Opening_and_closing_on_the_same_day_is_allowed()
    {
        var round = new EvaluationRound(new RoundId("r"), [Cadre(0)], [Group("m", Ratio.One, 1)], Opens, Opens);

        Assert.Equal(round.OpensOn, round.ClosesOn);
        Assert.Equal(new LocalDate(2026, 12, 1), round.OpensOn);
    }
}

public sealed class EvaluationPolicyValidatorTests
{
    private readonly EvaluationPolicyValidator validator = new();

    [Fact]
    public void The_default_policy_is_valid() => Assert.True(validator.Validate(EvaluationPolicy.Default).IsValid);

    [Theory]
    [InlineData("quorum-zero", EvaluationErrorCodes.PolicyShareOutOfRange)]
    [InlineData("share-above-one", EvaluationErrorCodes.PolicyShareOutOfRange)]
    [InlineData("quorum-terms-beyond-32-bits", EvaluationErrorCodes.PolicyShareOutOfRange)]
    [InlineData("warning-above-adjust", EvaluationErrorCodes.PolicyOutOfOrder)]
    [InlineData("warning-inclusive-bound-stricter", EvaluationErrorCodes.PolicyOutOfOrder)]
    [InlineData("rated-above-adjust", EvaluationErrorCodes.PolicyOutOfOrder)]
    [InlineData("anonymity-zero", EvaluationErrorCodes.PolicyAnonymityMinimum)]
    public void An_inconsistent_policy_is_refused_with_its_code(string kind, string code)
    {
        var policy = kind switch
        {
            "quorum-zero" => EvaluationPolicy.Default with { Quorum = RatioThreshold.AtLeast(0, 1) },
            "share-above-one" => EvaluationPolicy.Default with { MinimumRecognition = RatioThreshold.AtLeast(6, 5) },
            "quorum-terms-beyond-32-bits" => EvaluationPolicy.Default with { Quorum = RatioThreshold.AtLeast(1, (long)int.MaxValue + 2) },
            "warning-above-adjust" => EvaluationPolicy.Default with { WarningIncompetentShare = RatioThreshold.AtLeast(3, 5) },
            "warning-inclusive-bound-stricter" => EvaluationPolicy.Default with { AdjustIncompetentShare = RatioThreshold.AtLeast(1, 2), WarningIncompetentShare = RatioThreshold.MoreThan(1, 2) },
            "rated-above-adjust" => EvaluationPolicy.Default with { RatedIncompetentShare = RatioThreshold.AtLeast(2, 3) },
            _ => EvaluationPolicy.Default with { AnonymityMinimumBallots = 0 },
        };

        var result = validator.Validate(policy);

        Assert.Equal([code], result.Errors.Select(e => e.ErrorCode).Distinct());
    }

    [Fact]
    public void Equal_bounds_in_order_are_accepted()
    {
        var policy = EvaluationPolicy.Default with
        {
            AdjustIncompetentShare = RatioThreshold.MoreThan(1, 2),
            WarningIncompetentShare = RatioThreshold.AtLeast(1, 2),
            RatedIncompetentShare = RatioThreshold.MoreThan(1, 2),
        };

        Assert.True(validator.Validate(policy).IsValid);
    }
}

public sealed class BallotValidatorTests
{
    private readonly PartyBuilding.Core.Evaluation.Validation.BallotValidator validator = new(Round(2, Group("m", Ratio.One, 3)));

    [Fact]
    public void A_well_formed_ballot_passes_and_a_blank_one_too()
    {
        Assert.True(validator.Validate(new Ballot("m", [new(Cadre(0), Rating.Excellent), new(Cadre(1), Rating.Incompetent)])).IsValid);
        Assert.True(validator.Validate(new Ballot("m", [])).IsValid);
    }

    [Fact]
    public void Shape_errors_are_errors_and_content_that_makes_a_ballot_invalid_is_a_warning()
    {
        var shape = validator.Validate(new Ballot("nobody", null!));
        var content = validator.Validate(new Ballot("m", [new(Cadre(0), Rating.Excellent), new(Cadre(0), Rating.Competent), new(new CadreId("x"), (Rating)7)]));

        Assert.Equal([EvaluationErrorCodes.BallotGroupUnknown, EvaluationErrorCodes.BallotRatingsMissing], shape.Errors.Select(e => e.ErrorCode));
        Assert.All(shape.Errors, e => Assert.Equal(FluentValidation.Severity.Error, e.Severity));
        Assert.Equal(
            [EvaluationErrorCodes.BallotRatesTwice, EvaluationErrorCodes.BallotRatingUndefined, EvaluationErrorCodes.BallotRatesNonCandidate],
            content.Errors.Select(e => e.ErrorCode));
        Assert.All(content.Errors, e => Assert.Equal(FluentValidation.Severity.Warning, e.Severity));
        Assert.Throws<ArgumentNullException>(() => new PartyBuilding.Core.Evaluation.Validation.BallotValidator(null!));
    }
}
