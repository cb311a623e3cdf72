using NodaTime;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>The worked round of docs/evaluation.md, figure for figure.</summary>
public sealed class WorkedRoundTests
{
    private static readonly CadreId Li = new("li"), Wang = new("wang"), Zhao = new("zhao");

    private static RaterGroup Group(string name, Ratio weight, int voters) =>
        new(name, weight, Enumerable.Range(1, voters).Select(i => new VoterId($"{name}-{i}")));

    /// <summary>Ballots from columns: one string per candidate, one letter per ballot (E, C, B, I, or - to leave unrated).</summary>
    private static IEnumerable<Ballot> Column(string group, string li, string wang, string zhao) =>
        Enumerable.Range(0, li.Length).Select(j => new Ballot(group, [.. Lines(j, (Li, li), (Wang, wang), (Zhao, zhao))]));

    private static IEnumerable<CandidateRating> Lines(int j, params (CadreId Cadre, string Marks)[] columns) =>
        columns.Where(c => c.Marks[j] != '-').Select(c => new CandidateRating(c.Cadre, c.Marks[j] switch
        {
            'E' => Rating.Excellent,
            'C' => Rating.Competent,
            'B' => Rating.BasicallyCompetent,
            _ => Rating.Incompetent,
        }));

    public static EvaluationRoundResult Tally()
    {
        var round = new EvaluationRound(
            new RoundId("dongshan-2026"),
            [Li, Wang, Zhao],
            [Group("party members", Ratio.Of(1, 2), 12), Group("villager representatives", Ratio.Of(3, 10), 8), Group("township cadres", Ratio.Of(1, 5), 4)],
            new LocalDate(2026, 12, 1),
            new LocalDate(2026, 12, 3));
        var box = new BallotBox(round);
        void Vote(string group, int voters, IEnumerable<Ballot> ballots)
        {
            var i = 1;
            foreach (var ballot in ballots)
            {
                box.Cast(box.Issue(new VoterId($"{group}-{i++}")), ballot.Ratings);
            }
        }

        Vote("party members", 12, Column("party members", "EEEECCCB-", "ECCBBIIII", "EECCCBIII")
            .Append(new Ballot("party members", [new(Li, Rating.Excellent), new(Li, Rating.Competent)])));
        Vote("villager representatives", 8, Column("villager representatives", "EEECCCB", "CBBIIII", "EECCBII"));
        Vote("township cadres", 4, Column("township cadres", "EEC", "CBI", "---"));
        box.Close();
        return new DemocraticEvaluationTally(EvaluationPolicy.Default).Tally(box, [Wang]);
    }

    [Fact]
    public void The_worked_round_gives_the_documented_figures()
    {
        var result = Tally();

        Assert.Equal(Ratio.Of(5, 6), result.Turnout);
        Assert.Equal((19, 1), (result.ValidBallots, result.InvalidBallots));

        var li = result.For(Li);
        Assert.Equal(new RatingCounts(9, 7, 2, 0, 1, 1), li.Counts);
        Assert.Equal(Ratio.Of(501, 560), li.Recognition);
        Assert.Equal(EvaluationOutcome.Retain, li.Outcome);

        var wang = result.For(Wang);
        Assert.Equal(Ratio.Of(29, 105), wang.Recognition);
        Assert.Equal(Ratio.Of(29, 63), wang.IncompetentShare);
        Assert.Equal(EvaluationOutcome.Adjust, wang.Outcome);
        Assert.Equal([EvaluationReasonCodes.ConsecutiveIncompetent], wang.Reasons.Select(r => r.Code));

        var zhao = result.For(Zhao);
        Assert.Equal([Ratio.Of(5, 8), Ratio.Of(3, 8), Ratio.Zero], zhao.Groups.Select(g => g.EffectiveWeight));
        Assert.Equal(Ratio.Of(283, 504), zhao.Recognition);
        Assert.Equal(Ratio.Of(53, 168), zhao.IncompetentShare);
        Assert.Equal(EvaluationOutcome.WarningTalk, zhao.Outcome);
        Assert.Equal([EvaluationReasonCodes.RecognitionLow, EvaluationReasonCodes.GroupLeftOutOfComposite], zhao.Reasons.Select(r => r.Code));

        var published = result.Publish();
        Assert.Equal(["villager representatives", "township cadres"], published.WithheldGroups);
        Assert.Equal(["party members"], published.Candidates[0].Groups.Select(g => g.Group));
        Assert.Equal([Wang], result.RatedIncompetent);
    }
}
