using PartyBuilding.Core.Evaluation;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed partial class TallyTests
{
    private static Ballot[] ManyBallots(int count, int candidates)
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, count).Select(i => new Ballot("members", [.. Enumerable.Range(0, candidates).Select(c => new CandidateRating(Cadre(c), (Rating)random.Next(0, 4)))]))];
    }

    private long BytesToTally(EvaluationRound round, IEnumerable<Ballot> ballots) => FewestBytes(() => tally.Tally(round, ballots));

    /// <summary>
    /// The fewest bytes one of five runs allocates on this thread, after a warm-up (culture, resources, JIT): a
    /// one-off allocation of the runtime's own (a tier-up, a lazy table) lands in one run, never in all.
    /// </summary>
    private static long FewestBytes(Action run)
    {
        run();
        var fewest = long.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            run();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return fewest;
    }

    [Fact]
    public void Tallying_allocates_nothing_per_ballot()
    {
        var round = SingleGroup(20_000, candidates: 10);
        var few = ManyBallots(1_000, 10);
        var many = ManyBallots(20_000, 10);

        var forFew = BytesToTally(round, few);
        var forMany = BytesToTally(round, many);
        var forManyInAList = BytesToTally(round, many.ToList());

        // 19,000 more ballots cost no more bytes: even one byte per ballot would be 19,000 (slack for runtime noise).
        Assert.InRange(forMany - forFew, long.MinValue, 512);
        Assert.InRange(forManyInAList - forFew, long.MinValue, 512);
        Assert.InRange(forFew, 1, 64 * 1024);
    }

    private BallotBox ClosedBox(EvaluationRound round, Ballot[] ballots)
    {
        var box = new BallotBox(round);
        for (var i = 0; i < ballots.Length; i++)
        {
            box.Cast(box.Issue(Voter("members", i)), ballots[i].Ratings);
        }

        box.Close();
        return box;
    }

    [Fact]
    public void Tallying_a_ballot_box_allocates_nothing_per_ballot()
    {
        var round = SingleGroup(10_000, candidates: 10);
        var few = ClosedBox(round, ManyBallots(1_000, 10));
        var many = ClosedBox(round, ManyBallots(10_000, 10));

        long Bytes(BallotBox box) => FewestBytes(() => tally.Tally(box));

        Assert.InRange(Bytes(many) - Bytes(few), long.MinValue, 512);
    }
}
