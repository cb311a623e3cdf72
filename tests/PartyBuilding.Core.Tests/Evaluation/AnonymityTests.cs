using PartyBuilding.Core.Evaluation;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed class AnonymityTests
{
    private readonly DemocraticEvaluationTally tally = new(EvaluationPolicy.Default);

    [Theory]
    [InlineData(new[] { 8, 6, 5 }, new[] { false, false, false })]
    [InlineData(new[] { 8, 4, 7 }, new[] { false, true, true })]     // 4 alone < 5: the next smallest (7) is withheld too
    [InlineData(new[] { 8, 3, 2, 9 }, new[] { false, true, true, false })] // 3 + 2 = 5: enough
    [InlineData(new[] { 8, 2, 2, 9 }, new[] { true, true, true, false })]  // 2 + 2 < 5: add 8
    [InlineData(new[] { 3 }, new[] { true })]                          // one small group: all withheld, totals too
    [InlineData(new[] { 0, 6 }, new[] { false, false })]               // no ballot, nothing to hide
    [InlineData(new[] { 0, 4, 6 }, new[] { false, true, true })]
    [InlineData(new[] { 6, 4, 6 }, new[] { true, true, false })]       // ties: first in round order
    public void Small_groups_are_withheld_with_the_next_smallest_until_safe(int[] cast, bool[] withheld) =>
        Assert.Equal(withheld, PublishedRoundResult.Withhold(cast, 5));

    [Fact]
    public void A_published_round_shows_only_safe_breakdowns()
    {
        var a = Cadre(0);
        var round = Round(1, Group("members", Ratio.Of(1, 2), 8), Group("representatives", Ratio.Of(1, 4), 4), Group("township", Ratio.Of(1, 4), 7));
        var ballots = Ballots("members", a, 6, 2, 0, 0).Concat(Ballots("representatives", a, 0, 0, 0, 4)).Concat(Ballots("township", a, 7, 0, 0, 0));

        var published = tally.Tally(round, ballots).Publish();

        Assert.Equal(["representatives", "township"], published.WithheldGroups);
        var candidate = Assert.Single(published.Candidates);
        Assert.Equal("members", Assert.Single(candidate.Groups).Group);
        Assert.Equal(new RatingCounts(13, 2, 0, 4, 0, 0), candidate.Totals);
        Assert.Null(candidate.Recognition);
        Assert.True(published.TotalsPublished);
    }

    [Fact]
    public void A_round_with_fewer_ballots_than_the_minimum_publishes_no_breakdown_at_all()
    {
        var a = Cadre(0);
        var published = tally.Tally(SingleGroup(4), Ballots("members", a, 3, 0, 0, 0)).Publish();

        Assert.False(published.TotalsPublished);
        Assert.Null(published.Candidates[0].Totals);
        Assert.Empty(published.Candidates[0].Groups);
        Assert.Equal(EvaluationOutcome.Retain, published.Candidates[0].Outcome);
    }

    private static readonly Gen<(int[] Cast, int Minimum)> CastAndMinimum =
        from minimum in Gen.Choose(1, 8)
        from cast in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 12))))
        select (cast, minimum);

    /// <summary>
    /// What subtraction can recover: the totals minus the published groups give the combined figures
    /// of the withheld groups, and nothing finer. So the combined withheld figures must cover at least
    /// k ballots from at least two groups, or the totals must be withheld too; and every published
    /// breakdown covers no ballot or at least k.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Withheld_figures_cannot_be_derived_from_published_ones() =>
        Prop.ForAll(CastAndMinimum.ToArbitrary(), x =>
        {
            var withheld = PublishedRoundResult.Withhold(x.Cast, x.Minimum);
            var total = x.Cast.Sum();
            var totalsPublished = total >= x.Minimum;
            var hidden = x.Cast.Where((_, g) => withheld[g]).ToArray();
            var publishedSafe = x.Cast.Where((_, g) => !withheld[g]).All(c => c == 0 || c >= x.Minimum);
            var recoverable = hidden.Length == 0 || !totalsPublished || (hidden.Sum() >= x.Minimum && hidden.Count(c => c > 0) >= 2);
            return (publishedSafe && recoverable).Label($"withheld [{string.Join(",", withheld)}]");
        });

    [Property(MaxTest = 200)]
    public Property A_published_round_matches_the_full_result_on_every_figure_it_shows() =>
        Prop.ForAll(Scenarios().ToArbitrary(), scenario =>
        {
            var full = tally.Tally(scenario.Round, scenario.Ballots);
            var published = full.Publish();
            var withheld = PublishedRoundResult.Withhold(full.Groups.Select(g => g.Cast).ToArray(), full.Policy.AnonymityMinimumBallots);
            return published.Candidates.Select((p, c) =>
                p.Outcome == full.Candidates[c].Outcome
                && (p.Totals is null ? full.BallotsCast < 5 : p.Totals == full.Candidates[c].Counts)
                && p.Groups.Select(g => g.Group).SequenceEqual(full.Groups.Where((_, g) => !withheld[g]).Select(g => g.Group))
                && p.Groups.All(g => g.Counts == full.Candidates[c].Groups.Single(x => x.Group == g.Group).Counts)
                && p.Groups.All(g => g.Counts.Cast == 0 || g.Counts.Cast >= 5)).All(ok => ok);
        });
}
