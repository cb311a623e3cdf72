using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Validation;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>Issue 16: a fixed box and a mobile box sharing one register, and tellers' count sheets.</summary>
public sealed partial class FieldTests
{
    private readonly DemocraticEvaluationTally tally = new(EvaluationPolicy.Default);

    private static string CodeOf(Exception error) => error.Message.Split(':')[0];

    private static string Fingerprint(EvaluationRoundResult result) =>
        $"{result.ValidBallots}/{result.InvalidBallots}/{result.QuorumMet}/{result.PolicyVersion}/{string.Join(";", result.Groups.Select(g => $"{g.Group}:{g.Eligible}:{g.ValidBallots}:{g.InvalidBallots}"))}|" +
        string.Join(" | ", result.Candidates.Select(c =>
            $"{c.Candidate} {c.Counts} {c.Recognition} {c.IncompetentShare} {c.Outcome} {c.RatedIncompetent} {c.RatedIncompetentInPreviousRound} " +
            string.Join(",", c.Groups.Select(g => $"{g.Counts}@{g.EffectiveWeight}")) + " " +
            string.Join(",", c.Reasons.Select(r => r.Code + "=" + r.Message))));

    /// <summary>The same round with every group given as an eligible number only (no voter list).</summary>
    private static EvaluationRound Counted(EvaluationRound round) =>
        new(round.Id, round.Candidates, round.Groups.Select(g => new RaterGroup(g.Name, g.Weight, g.EligibleCount)), round.OpensOn, round.ClosesOn, round.PolicyVersion);

    // ---- several boxes ------------------------------------------------------------------------------

    [Fact]
    public void A_voter_issued_at_the_fixed_box_is_refused_at_the_mobile_box()
    {
        var register = new IssuanceRegister(SingleGroup(3));
        var fixedBox = new BallotBox(register, "fixed");
        var mobile = new BallotBox(register, "mobile");
        var paper = fixedBox.Issue(Voter("members", 0));

        Assert.Equal(EvaluationErrorCodes.BallotAlreadyIssued, CodeOf(Assert.Throws<InvalidOperationException>(() => mobile.Issue(Voter("members", 0)))));
        Assert.Equal(EvaluationErrorCodes.BallotUnknown, CodeOf(Assert.Throws<InvalidOperationException>(() => mobile.Cast(paper, []))));
        fixedBox.Cast(paper, [new(Cadre(0), Rating.Competent)]);
        Assert.Equal(EvaluationErrorCodes.BallotAlreadyCast, CodeOf(Assert.Throws<InvalidOperationException>(() => mobile.Cast(paper, []))));
        Assert.True(mobile.HasBeenIssued(Voter("members", 0)));
        Assert.Equal((1, 0, 1), (fixedBox.IssuedCount, mobile.IssuedCount, register.IssuedCount));
        Assert.Equal([fixedBox, mobile], register.Boxes);
    }

    [Fact]
    public void The_round_is_tallied_over_every_box_and_only_when_all_are_closed()
    {
        var register = new IssuanceRegister(SingleGroup(3));
        var fixedBox = new BallotBox(register, "fixed");
        var mobile = new BallotBox(register, "mobile");
        fixedBox.Cast(fixedBox.Issue(Voter("members", 0)), [new(Cadre(0), Rating.Excellent)]);
        fixedBox.Cast(fixedBox.Issue(Voter("members", 1)), [new(Cadre(0), Rating.Competent)]);
        mobile.Cast(mobile.Issue(Voter("members", 2)), [new(Cadre(0), Rating.Incompetent)]);
        fixedBox.Close();

        Assert.Equal(EvaluationErrorCodes.BoxOpen, CodeOf(Assert.Throws<InvalidOperationException>(() => tally.Tally(register))));
        Assert.Equal(EvaluationErrorCodes.BoxOpen, CodeOf(Assert.Throws<InvalidOperationException>(() => tally.Tally(fixedBox))));
        mobile.Close();
        Assert.Equal(EvaluationErrorCodes.BoxClosed, CodeOf(Assert.Throws<InvalidOperationException>(() => mobile.Issue(Voter("members", 0)))));

        var result = tally.Tally(register);
        Assert.Equal(new RatingCounts(1, 1, 0, 1, 0, 0), result.Candidates[0].Counts);
        Assert.Equal(Fingerprint(result), Fingerprint(tally.Tally(mobile)));
    }

    [Fact]
    public void Box_names_are_given_and_unique_in_a_register()
    {
        var register = new IssuanceRegister(SingleGroup(3));
        _ = new BallotBox(register, "fixed");
        Assert.Equal([EvaluationErrorCodes.BoxNameDuplicate], Assert.Throws<InvalidInputException>(() => new BallotBox(register, "fixed")).Codes);
        Assert.Equal([EvaluationErrorCodes.BoxNameEmpty], Assert.Throws<InvalidInputException>(() => new BallotBox(register, " ")).Codes);
        Assert.Single(register.Boxes);
    }

    [Fact]
    public void A_group_without_a_voter_list_cannot_be_issued_ballots()
    {
        var round = Round(1, Group("members", Ratio.Of(1, 2), 2), new RaterGroup("villagers", Ratio.Of(1, 2), 500));
        Assert.Equal(502, round.EligibleCount);
        Assert.False(round.Groups[1].HasVoterList);
        var box = new BallotBox(round);
        Assert.Equal([EvaluationErrorCodes.VoterNotEligible], Assert.Throws<InvalidInputException>(() => box.Issue(Voter("villagers", 0))).Codes);
    }

    [Fact]
    public void A_round_of_groups_without_voters_needs_an_eligible_number_and_a_total_that_fits()
    {
        var empty = Assert.Throws<InvalidInputException>(() => Round(1, new RaterGroup("members", Ratio.One, 0)));
        Assert.Equal([EvaluationErrorCodes.GroupWithoutVoters], empty.Codes);
        var huge = Assert.Throws<InvalidInputException>(() => Round(1, new RaterGroup("a", Ratio.Of(1, 2), int.MaxValue), new RaterGroup("b", Ratio.Of(1, 2), 2)));
        Assert.Equal([EvaluationErrorCodes.RoundTooLarge], huge.Codes);
    }

    // ---- count sheets -------------------------------------------------------------------------------

    [Fact]
    public void A_count_sheet_is_tallied_by_the_same_rules_as_its_ballots()
    {
        var round = SingleGroup(10);
        var ballots = Ballots("members", Cadre(0), excellent: 3, competent: 2, basically: 1, incompetent: 1, abstaining: 1, invalid: 1);
        var sheet = tally.Count(round, ballots);

        var line = Assert.Single(Assert.Single(sheet.Groups).Candidates);
        Assert.Equal(new GroupCount("members", 10, 9, 1, [new CandidateCount(Cadre(0), 3, 2, 1, 1, 1)]), sheet.Groups[0]);
        Assert.Equal(1, line.Abstaining);
        Assert.Equal(Fingerprint(tally.Tally(round, ballots)), Fingerprint(tally.Tally(round, sheet)));
        Assert.Equal(Fingerprint(tally.Tally(round, ballots)), Fingerprint(tally.Tally(Counted(round), sheet)));
    }

    [Fact]
    public void A_sheet_that_does_not_add_up_is_refused_with_every_failure()
    {
        var round = Round(2, Group("members", Ratio.Of(1, 2), 10), Group("cadres", Ratio.Of(1, 2), 5));
        CountSheet sheet = new(
        [
            new GroupCount("members", 9, 11, 12, [new CandidateCount(Cadre(0), 1, 1, 1, 1, 1), new CandidateCount(Cadre(0), 0, 0, 0, 0, 0), new CandidateCount(Cadre(9), 0, 0, 0, 0, 0)]),
            new GroupCount("cadres", 5, 4, 1, [new CandidateCount(Cadre(0), 1, 1, 0, 0, 0), new CandidateCount(Cadre(1), -1, 1, 1, 1, 1)]),
            new GroupCount("cadres", 5, 0, 0, []),
            new GroupCount("strangers", 5, 0, 0, []),
        ]);

        var codes = new CountSheetValidator(round).Validate(sheet).Errors.Select(e => e.ErrorCode).ToArray();
        Assert.Equal(
            [
                EvaluationErrorCodes.SheetEligibleMismatch, EvaluationErrorCodes.SheetInvalidExceedsCast, EvaluationErrorCodes.CastExceedsEligible,
                EvaluationErrorCodes.SheetCandidateDuplicate, EvaluationErrorCodes.SheetCandidateUnknown, EvaluationErrorCodes.SheetCandidateMissing,
                EvaluationErrorCodes.SheetCountsDoNotAddUp, EvaluationErrorCodes.CountNegative,
                EvaluationErrorCodes.SheetGroupDuplicate, EvaluationErrorCodes.SheetGroupUnknown,
            ],
            codes);
        var error = Assert.Throws<InvalidInputException>(() => tally.Tally(round, sheet));
        Assert.Equal(codes, error.Codes);
        Assert.All(error.Errors, e => Assert.StartsWith("sheet.", e.PropertyName, StringComparison.Ordinal));
    }

    [Fact]
    public void Exactly_adding_up_is_accepted_and_one_more_abstention_is_not()
    {
        var round = SingleGroup(5);
        Assert.Empty(new CountSheetValidator(round).Validate(new CountSheet([new GroupCount("members", 5, 5, 5, [new CandidateCount(Cadre(0), 0, 0, 0, 0, 0)])])).Errors);
        Assert.Empty(new CountSheetValidator(round).Validate(new CountSheet([new GroupCount("members", 5, 5, 0, [new CandidateCount(Cadre(0), 1, 1, 1, 1, 1)])])).Errors);
        var over = new CountSheet([new GroupCount("members", 5, 5, 0, [new CandidateCount(Cadre(0), 1, 1, 1, 1, 2)])]);
        Assert.Equal([EvaluationErrorCodes.SheetCountsDoNotAddUp], new CountSheetValidator(round).Validate(over).Errors.Select(e => e.ErrorCode));
        var six = new CountSheet([new GroupCount("members", 5, 6, 0, [new CandidateCount(Cadre(0), 6, 0, 0, 0, 0)])]);
        Assert.Equal([EvaluationErrorCodes.CastExceedsEligible], new CountSheetValidator(round).Validate(six).Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void A_group_is_entered_as_ballots_or_as_counts_not_both()
    {
        var round = Round(1, Group("members", Ratio.Of(1, 2), 4), Group("cadres", Ratio.Of(1, 2), 3));
        var ballots = Ballots("members", Cadre(0), 2, 1, 0, 0);
        var cadres = new GroupCount("cadres", 3, 3, 0, [new CandidateCount(Cadre(0), 1, 1, 1, 0, 0)]);
        var mixed = tally.Tally(round, ballots, new CountSheet([cadres]), []);
        Assert.Equal(Fingerprint(tally.Tally(round, [.. ballots, .. Ballots("cadres", Cadre(0), 1, 1, 1, 0)])), Fingerprint(mixed));

        var twice = new CountSheet([tally.Count(round, ballots).Groups[0]]);
        Assert.Equal([EvaluationErrorCodes.GroupEnteredTwice], Assert.Throws<InvalidInputException>(() => tally.Tally(round, ballots, twice, [])).Codes);
    }

    [Fact]
    public void A_round_of_three_million_voters_entered_as_counts_costs_what_one_of_thirty_does()
    {
        static (long Bytes, EvaluationOutcome Outcome) Cost(DemocraticEvaluationTally tally, int eligible)
        {
            var fifth = eligible / 5;
            var before = GC.GetAllocatedBytesForCurrentThread();
            var round = Round(2, new RaterGroup("villagers", Ratio.One, eligible));
            var sheet = new CountSheet([new GroupCount("villagers", eligible, 4 * fifth, 0, [new CandidateCount(Cadre(0), fifth, fifth, fifth, fifth, 0), new CandidateCount(Cadre(1), 2 * fifth, fifth, 0, 0, fifth)])]);
            var result = tally.Tally(round, sheet);
            return (GC.GetAllocatedBytesForCurrentThread() - before, result.Candidates[0].Outcome);
        }

        Cost(tally, 30);
        var small = Cost(tally, 30);
        var large = Cost(tally, 3_000_000);

        Assert.Equal(EvaluationOutcome.WarningTalk, large.Outcome);
        Assert.Equal(small.Outcome, large.Outcome);
        Assert.InRange(large.Bytes, 0, small.Bytes + 1_024);
    }

    [Property(MaxTest = 200)]
    public Property A_box_of_ballots_and_its_count_sheet_give_equal_results() =>
        Prop.ForAll(Scenarios(slack: 2).ToArbitrary(), scenario =>
        {
            var byBallots = Fingerprint(tally.Tally(scenario.Round, scenario.Ballots));
            var sheet = tally.Count(scenario.Round, scenario.Ballots);
            return (byBallots == Fingerprint(tally.Tally(scenario.Round, sheet))).Label("same round")
                .And((byBallots == Fingerprint(tally.Tally(Counted(scenario.Round), sheet))).Label("round without voter lists"))
                .And(new CountSheetValidator(scenario.Round).Validate(sheet).IsValid.Label("the sheet adds up"));
        });

    [Property(MaxTest = 200)]
    public Property Any_split_of_groups_between_ballots_and_a_sheet_gives_the_result_of_the_ballots() =>
        Prop.ForAll(Scenarios().SelectMany(s => Gen.Choose(0, (1 << s.Round.Groups.Count) - 1).Select(mask => (s, mask))).ToArbitrary(), pair =>
        {
            var (scenario, mask) = pair;
            var onSheet = scenario.Round.Groups.Where((_, g) => (mask & (1 << g)) != 0).Select(g => g.Name).ToHashSet();
            var sheet = new CountSheet([.. tally.Count(scenario.Round, scenario.Ballots).Groups.Where(g => onSheet.Contains(g.Group))]);
            var rest = scenario.Ballots.Where(b => !onSheet.Contains(b.Group));
            return Fingerprint(tally.Tally(scenario.Round, scenario.Ballots)) == Fingerprint(tally.Tally(scenario.Round, rest, sheet, []));
        });
}
