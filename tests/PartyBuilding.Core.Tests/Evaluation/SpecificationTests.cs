using NodaTime;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Specifications;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed class SpecificationTests
{
    private readonly DemocraticEvaluationTally tally = new(EvaluationPolicy.Default);

    /// <summary>Two rounds: in the first cadre 0 draws 2/5 incompetent (rated incompetent), cadre 1 1/1, cadre 2 none; the second repeats it.</summary>
    private (EvaluationRoundResult First, EvaluationRoundResult Second, EvaluationRoundResult Thin) Rounds()
    {
        EvaluationRound Make(string id, LocalDate closes) =>
            new(new RoundId(id), [Cadre(0), Cadre(1), Cadre(2)], [Group("members", Ratio.One, 5)], closes.PlusDays(-2), closes);
        Ballot BallotOf(Rating a, Rating b) => new("members", [new(Cadre(0), a), new(Cadre(1), b), new(Cadre(2), Rating.Excellent)]);
        Ballot[] ballots =
        [
            BallotOf(Rating.Incompetent, Rating.Incompetent), BallotOf(Rating.Incompetent, Rating.Incompetent),
            BallotOf(Rating.Excellent, Rating.Incompetent), BallotOf(Rating.Excellent, Rating.Incompetent), BallotOf(Rating.Competent, Rating.Incompetent),
        ];
        var first = tally.Tally(Make("2025", new LocalDate(2025, 12, 20)), ballots);
        var second = tally.Tally(Make("2026", new LocalDate(2026, 12, 20)), ballots, first.RatedIncompetent);
        var thin = tally.Tally(Make("2026-thin", new LocalDate(2026, 12, 21)), ballots.Take(3));
        return (first, second, thin);
    }

    private List<CandidateEvaluationSummary> Candidates()
    {
        var (first, second, thin) = Rounds();
        return [.. first.ToCandidateSummaries(), .. second.ToCandidateSummaries(), .. thin.ToCandidateSummaries()];
    }

    [Fact]
    public void Cadres_to_adjust_are_found_latest_round_first()
    {
        var found = new CadresToAdjustSpec().Evaluate(Candidates()).Select(c => (c.Round.Value, c.Candidate.Value));

        Assert.Equal([("2026", "cadre-0"), ("2026", "cadre-1"), ("2025", "cadre-1")], found);
    }

    [Fact]
    public void Cadres_to_adjust_in_one_round()
    {
        var found = new CadresToAdjustSpec(new RoundId("2025")).Evaluate(Candidates()).Select(c => c.Candidate.Value);

        Assert.Equal(["cadre-1"], found);
    }

    [Fact]
    public void Cadres_for_a_warning_talk_are_found()
    {
        var found = new CadresForWarningTalkSpec().Evaluate(Candidates()).Select(c => (c.Round.Value, c.Candidate.Value));

        Assert.Equal([("2025", "cadre-0")], found);
        Assert.Empty(new CadresForWarningTalkSpec(new RoundId("2026")).Evaluate(Candidates()));
    }

    [Fact]
    public void Cadres_rated_incompetent_in_two_consecutive_rounds_are_found()
    {
        var found = new CadresRatedIncompetentInConsecutiveRoundsSpec().Evaluate(Candidates()).Select(c => (c.Round.Value, c.Candidate.Value));

        Assert.Equal([("2026", "cadre-0"), ("2026", "cadre-1")], found);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rounds_below_quorum_are_found_and_agree_with_the_tally(bool inclusive)
    {
        var (first, second, thin) = Rounds();
        var quorum = inclusive ? RatioThreshold.AtLeast(3, 5) : RatioThreshold.MoreThan(3, 5);
        var policy = EvaluationPolicy.Default with { Quorum = quorum };
        var rounds = new[] { first.ToSummary(), second.ToSummary(), thin.ToSummary() };

        var found = new RoundsBelowQuorumSpec(policy).Evaluate(rounds).Select(r => r.Id.Value).ToArray();

        // thin: 3 of 5 = exactly 3/5 — meets "at least 3/5", fails "more than 3/5".
        Assert.Equal(inclusive ? [] : new[] { "2026-thin" }, found);
        Assert.Equal(["2026-thin"], new RoundsBelowQuorumSpec(EvaluationPolicy.Default).Evaluate(rounds).Select(r => r.Id.Value));
        Assert.False(thin.ToSummary().QuorumMet);
    }
}
