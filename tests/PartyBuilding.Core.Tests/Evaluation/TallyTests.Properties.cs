using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Tests.TestSupport;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed partial class TallyTests
{
    private static string Fingerprint(EvaluationRoundResult result) =>
        $"{result.ValidBallots}/{result.InvalidBallots}/{result.QuorumMet}/{string.Join(";", result.Groups)}|" +
        string.Join(" | ", result.Candidates.Select(c =>
            $"{c.Candidate} {c.Counts} {c.Recognition} {c.IncompetentShare} {c.Outcome} {c.RatedIncompetent} " +
            string.Join(",", c.Groups.Select(g => $"{g.Counts}@{g.EffectiveWeight}")) + " " +
            string.Join(",", c.Reasons.Select(r => r.Code + "=" + r.Message))));

    [Property(MaxTest = 200)]
    public Property The_tally_does_not_depend_on_ballot_order() =>
        Prop.ForAll(
            Scenarios().SelectMany(s => Gen.Shuffle(s.Ballots).Select(shuffled => (s, shuffled))).ToArbitrary(),
            pair => Fingerprint(tally.Tally(pair.s.Round, pair.s.Ballots)) == Fingerprint(tally.Tally(pair.s.Round, pair.shuffled)));

    [Property(MaxTest = 200)]
    public Property Counts_always_add_up() =>
        Prop.ForAll(Scenarios().ToArbitrary(), scenario =>
        {
            var result = tally.Tally(scenario.Round, scenario.Ballots);
            var perGroupCast = scenario.Round.Groups.Select(g => scenario.Ballots.Count(b => b.Group == g.Name)).ToArray();
            return result.ValidBallots + result.InvalidBallots == scenario.Ballots.Length
                && result.Groups.Select(g => g.Cast).SequenceEqual(perGroupCast)
                && result.Candidates.All(c =>
                    c.Counts.Valid + c.Counts.Abstaining + c.Counts.Invalid == scenario.Ballots.Length
                    && c.Counts.Invalid == result.InvalidBallots
                    && c.Counts.Excellent + c.Counts.Competent + c.Counts.BasicallyCompetent + c.Counts.Incompetent == c.Valid
                    && c.Groups.Select((g, i) => g.Counts.Cast == perGroupCast[i]).All(x => x)
                    && c.Groups.Aggregate(default(RatingCounts), (sum, g) => sum + g.Counts) == c.Counts
                    && (!c.HasValidRatings || c.Groups.Aggregate(Ratio.Zero, (sum, g) => sum + g.EffectiveWeight) == Ratio.One));
        });

    [Property(MaxTest = 200)]
    public Property Adding_an_excellent_or_competent_rating_never_lowers_recognition() =>
        Prop.ForAll(
            (from s in Scenarios(slack: 1)
             from g in Gen.Choose(0, s.Round.Groups.Count - 1)
             from c in Gen.Choose(0, s.Round.Candidates.Count - 1)
             from r in Gen.Elements(Rating.Excellent, Rating.Competent)
             select (s, g, c, r)).ToArbitrary(),
            x =>
            {
                var candidate = x.s.Round.Candidates[x.c];
                var before = tally.Tally(x.s.Round, x.s.Ballots).For(candidate);
                var extra = new Ballot(x.s.Round.Groups[x.g].Name, [new CandidateRating(candidate, x.r)]);
                var after = tally.Tally(x.s.Round, [.. x.s.Ballots, extra]).For(candidate);
                return (after.Recognition >= before.Recognition && after.Counts.Recognition >= before.Counts.Recognition)
                    .Label($"{before.Recognition} -> {after.Recognition}");
            });

    [Property(MaxTest = 200)]
    public Property The_outcome_follows_the_rule_order_on_the_reported_figures() =>
        Prop.ForAll(Scenarios().ToArbitrary(), scenario =>
        {
            var policy = EvaluationPolicy.Default;
            var result = tally.Tally(scenario.Round, scenario.Ballots);
            return result.Candidates.All(c =>
            {
                var expected = !policy.Quorum.IsMetBy(result.BallotsCast, result.Eligible) || c.Valid == 0 ? EvaluationOutcome.Inconclusive
                    : policy.AdjustIncompetentShare.IsMetBy(c.IncompetentShare) ? EvaluationOutcome.Adjust
                    : policy.WarningIncompetentShare.IsMetBy(c.IncompetentShare) || !policy.MinimumRecognition.IsMetBy(c.Recognition) ? EvaluationOutcome.WarningTalk
                    : EvaluationOutcome.Retain;
                return c.Outcome == expected && c.Reasons.Count > 0;
            });
        });
}
