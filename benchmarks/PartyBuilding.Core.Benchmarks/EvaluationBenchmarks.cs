using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The democratic evaluation tally of many ballots (three rater groups, ten candidates) against a
/// hand-written counting loop over the same ballots: group lookup, candidate lookup, one counter per
/// group × candidate × rating — without the library's validity checks, composites, outcomes or reasons.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private EvaluationRound round = null!;
    private Ballot[] ballots = [];
    private readonly DemocraticEvaluationTally tally = new(EvaluationPolicy.Default);
    private Dictionary<CadreId, int> candidateIndex = [];
    private Dictionary<string, int> groupIndex = [];

    [Params(1_000_000)]
    public int Ballots { get; set; }

    [Params(10)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261127);
        var candidates = Enumerable.Range(0, Candidates).Select(i => new CadreId($"cadre-{i}")).ToArray();
        (string Name, Ratio Weight, int Share)[] groups = [("members", Ratio.Of(1, 2), 5), ("representatives", Ratio.Of(3, 10), 3), ("township", Ratio.Of(1, 5), 2)];
        var rater = groups.Select(g => new RaterGroup(g.Name, g.Weight, Enumerable.Range(0, Ballots * g.Share / 10).Select(i => new VoterId($"{g.Name}-{i}")))).ToArray();
        round = new EvaluationRound(new RoundId("bench"), candidates, rater, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 3));
        candidateIndex = candidates.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        groupIndex = groups.Select((g, i) => (g.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);

        ballots = new Ballot[Ballots];
        var at = 0;
        foreach (var (name, _, share) in groups)
        {
            for (var i = 0; i < Ballots * share / 10; i++)
            {
                var lines = new CandidateRating[Candidates];
                for (var c = 0; c < lines.Length; c++)
                {
                    lines[c] = new CandidateRating(candidates[c], (Rating)random.Next(0, 4));
                }

                if (random.Next(100) == 0)
                {
                    lines[1] = lines[0]; // about 1 % invalid: a candidate rated twice
                }

                ballots[at++] = new Ballot(name, lines);
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var counts = new int[groupIndex.Count * Candidates * 4];
        foreach (var ballot in ballots)
        {
            var offset = groupIndex[ballot.Group] * Candidates * 4;
            var lines = ballot.Ratings;
            for (var i = 0; i < lines.Count; i++)
            {
                counts[offset + (candidateIndex[lines[i].Candidate] * 4) + (int)lines[i].Rating]++;
            }
        }

        return counts[0];
    }

    [Benchmark]
    public int Library() => tally.Tally(round, ballots).Candidates[0].Counts.Excellent;
}
