using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The democratic evaluation tally of many ballots (three rater groups, ten candidates) against the floor (a
/// hand-written count with the same ballot checks, then the same result objects with their composites, outcomes
/// and reasons, equal to the library's, checked in GlobalSetup; the baseline) and against the bare loop (group
/// lookup, candidate lookup, one counter per group × candidate × rating; no checks, no result).
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private const int RatingCount = 4;
    private readonly DemocraticEvaluationTally tally = new(EvaluationPolicy.Default);
    private readonly PolicyVersion<EvaluationPolicy> version = PolicySet.Of(EvaluationPolicy.Default).Get(PolicySet.DefaultLabel);
    private EvaluationRound round = null!;
    private Ballot[] ballots = [];
    private Dictionary<CadreId, int> candidateIndex = [];
    private Dictionary<string, int> groupIndex = [];

    [Params(1_000_000)]
    public int Ballots { get; set; }

    [Params(10)]
    public int Candidates { get; set; }

    /// <summary>The rater groups of the benchmarks: name, weight and share of the voters in tenths.</summary>
    internal static (string Name, Ratio Weight, int Tenths)[] Groups { get; } = [("members", Ratio.Of(1, 2), 5), ("representatives", Ratio.Of(3, 10), 3), ("township", Ratio.Of(1, 5), 2)];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261127);
        var candidates = Enumerable.Range(0, Candidates).Select(i => new CadreId($"cadre-{i}")).ToArray();
        var rater = Groups.Select(g => new RaterGroup(g.Name, g.Weight, Enumerable.Range(0, Ballots * g.Tenths / 10).Select(i => new VoterId($"{g.Name}-{i}")))).ToArray();
        round = new EvaluationRound(new RoundId("bench"), candidates, rater, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 3));
        candidateIndex = candidates.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        groupIndex = Groups.Select((g, i) => (g.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        ballots = [.. Groups.SelectMany(g => Enumerable.Range(0, Ballots * g.Tenths / 10).Select(_ => RandomBallot(random, g.Name, candidates)))];

        var (library, floor) = (tally.Tally(round, ballots), CountByHand());
        if (library.Round != floor.Round || library.PolicyVersion != floor.PolicyVersion || library.Policy != floor.Policy
            || library.Eligible != floor.Eligible || library.ValidBallots != floor.ValidBallots || library.InvalidBallots != floor.InvalidBallots
            || library.QuorumMet != floor.QuorumMet || !library.Groups.SequenceEqual(floor.Groups) || !library.Candidates.SequenceEqual(floor.Candidates))
        {
            throw new InvalidOperationException("The hand-written floor disagrees with the library.");
        }
    }

    /// <summary>A ballot rating every candidate at random; about 1 % invalid (a candidate rated twice).</summary>
    internal static Ballot RandomBallot(Random random, string group, CadreId[] candidates)
    {
        var lines = new CandidateRating[candidates.Length];
        for (var c = 0; c < lines.Length; c++)
        {
            lines[c] = new CandidateRating(candidates[c], (Rating)random.Next(0, 4));
        }

        if (random.Next(100) == 0)
        {
            lines[1] = lines[0];
        }

        return new Ballot(group, lines);
    }

    /// <summary>The bare loop: a counter per group × candidate × rating, no check, no result.</summary>
    [Benchmark]
    public int Bare()
    {
        var counts = new int[groupIndex.Count * Candidates * RatingCount];
        foreach (var ballot in ballots)
        {
            var offset = groupIndex[ballot.Group] * Candidates * RatingCount;
            foreach (var line in ballot.Lines)
            {
                counts[offset + (candidateIndex[line.Candidate] * RatingCount) + (int)line.Rating]++;
            }
        }

        return counts[0];
    }

    /// <summary>The floor: the same count with the library's ballot checks, and the library's result objects.</summary>
    [Benchmark(Baseline = true)]
    public int Floor() => CountByHand().Candidates[0].Counts.Excellent;

    /// <summary>The library's tally.</summary>
    [Benchmark]
    public int Library() => tally.Tally(round, ballots).Candidates[0].Counts.Excellent;

    private EvaluationRoundResult CountByHand()
    {
        var (groups, candidates) = (round.Groups.Count, round.Candidates.Count);
        var counts = new int[groups * candidates * RatingCount];
        var (valid, invalid) = (new int[groups], new int[groups]);
        var (stamp, slots) = (new int[candidates], new int[candidates]);
        var ordinal = 0;
        foreach (var ballot in ballots)
        {
            ordinal++;
            if (ballot?.Ratings is null || !groupIndex.TryGetValue(ballot.Group, out var g))
            {
                throw new ArgumentException("bad ballot");
            }

            var lines = ballot.Lines;
            var ok = lines.Length <= candidates;
            for (var i = 0; ok && i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Rating is < Rating.Excellent or > Rating.Incompetent || line.Candidate.IsDefault
                    || !candidateIndex.TryGetValue(line.Candidate, out var c) || stamp[c] == ordinal)
                {
                    ok = false;
                    break;
                }

                stamp[c] = ordinal;
                slots[i] = (c * RatingCount) + (int)line.Rating;
            }

            if (!ok)
            {
                invalid[g]++;
                continue;
            }

            valid[g]++;
            var offset = g * candidates * RatingCount;
            for (var i = 0; i < lines.Length; i++)
            {
                counts[offset + slots[i]]++;
            }
        }

        var turnouts = new GroupTurnout[groups];
        var cast = 0;
        for (var g = 0; g < groups; g++)
        {
            var group = round.Groups[g];
            turnouts[g] = new GroupTurnout(group.Name, group.Weight, group.EligibleCount, valid[g], invalid[g]);
            cast += turnouts[g].Cast;
            if (turnouts[g].Cast > group.EligibleCount)
            {
                throw new ArgumentException("more ballots than voters");
            }
        }

        var results = new CandidateResult[candidates];
        for (var c = 0; c < candidates; c++)
        {
            results[c] = Result(c, turnouts, counts, cast);
        }

        return new EvaluationRoundResult(round, version, turnouts, results, version.Policy.Quorum.IsMetBy(cast, round.EligibleCount));
    }

    /// <summary>One candidate's result: composites over the groups that rated them, outcome and reasons (the default rule, no previous round).</summary>
    private CandidateResult Result(int c, GroupTurnout[] turnouts, int[] counts, int cast)
    {
        var policy = version.Policy;
        var eligible = round.EligibleCount;
        var turnout = Ratio.Of(cast, eligible);
        var quorumMet = policy.Quorum.IsMetBy(cast, eligible);
        var groupCounts = new RatingCounts[turnouts.Length];
        var total = default(RatingCounts);
        var included = Ratio.Zero;
        for (var g = 0; g < turnouts.Length; g++)
        {
            var at = ((g * round.Candidates.Count) + c) * RatingCount;
            var rated = counts[at] + counts[at + 1] + counts[at + 2] + counts[at + 3];
            groupCounts[g] = new RatingCounts(counts[at], counts[at + 1], counts[at + 2], counts[at + 3], turnouts[g].ValidBallots - rated, turnouts[g].InvalidBallots);
            total += groupCounts[g];
            included = rated > 0 ? included + turnouts[g].Weight : included;
        }

        var (recognition, incompetent) = (Ratio.Zero, Ratio.Zero);
        var groupResults = new CandidateGroupResult[turnouts.Length];
        for (var g = 0; g < turnouts.Length; g++)
        {
            var share = groupCounts[g].Valid > 0 ? Ratio.Of(turnouts[g].Weight.Numerator * included.Denominator, turnouts[g].Weight.Denominator * included.Numerator) : Ratio.Zero;
            groupResults[g] = new CandidateGroupResult(turnouts[g].Group, turnouts[g].Weight, groupCounts[g], share);
            recognition += share * groupCounts[g].Recognition;
            incompetent += share * groupCounts[g].IncompetentShare;
        }

        var reasons = new List<Reason>(3);
        var ratedIncompetent = quorumMet && total.Valid > 0 && policy.RatedIncompetentShare.IsMetBy(incompetent);
        EvaluationOutcome outcome;
        if (!quorumMet)
        {
            outcome = EvaluationOutcome.Inconclusive;
            reasons.Add(Reason.Of(EvaluationReasonCodes.QuorumNotMet, cast, eligible, turnout, turnout.ToPercent(), policy.Quorum));
        }
        else if (total.Valid == 0)
        {
            outcome = EvaluationOutcome.Inconclusive;
            reasons.Add(Reason.Of(EvaluationReasonCodes.NoValidRatings, total.Cast, total.Abstaining, total.Invalid));
        }
        else if (policy.AdjustIncompetentShare.IsMetBy(incompetent))
        {
            outcome = EvaluationOutcome.Adjust;
            reasons.Add(Reason.Of(EvaluationReasonCodes.IncompetentShareAdjust, incompetent, incompetent.ToPercent(), policy.AdjustIncompetentShare));
        }
        else
        {
            if (policy.WarningIncompetentShare.IsMetBy(incompetent))
            {
                reasons.Add(Reason.Of(EvaluationReasonCodes.IncompetentShareWarning, incompetent, incompetent.ToPercent(), policy.WarningIncompetentShare));
            }

            if (!policy.MinimumRecognition.IsMetBy(recognition))
            {
                reasons.Add(Reason.Of(EvaluationReasonCodes.RecognitionLow, recognition, recognition.ToPercent(), policy.MinimumRecognition));
            }

            outcome = reasons.Count > 0 ? EvaluationOutcome.WarningTalk : EvaluationOutcome.Retain;
            if (reasons.Count == 0)
            {
                reasons.Add(Reason.Of(EvaluationReasonCodes.WithinBounds, recognition, recognition.ToPercent(), policy.MinimumRecognition, incompetent, incompetent.ToPercent(), policy.WarningIncompetentShare));
            }
        }

        foreach (var group in groupResults)
        {
            if (quorumMet && total.Valid > 0 && !group.InComposite)
            {
                reasons.Add(Reason.Of(EvaluationReasonCodes.GroupLeftOutOfComposite, group.Group, group.Weight));
            }
        }

        return new CandidateResult
        {
            Candidate = round.Candidates[c],
            Counts = total,
            Groups = Array.AsReadOnly(groupResults),
            Turnout = turnout,
            Recognition = recognition,
            IncompetentShare = incompetent,
            RatedIncompetent = ratedIncompetent,
            RatedIncompetentInPreviousRound = false,
            Outcome = outcome,
            Reasons = reasons.AsReadOnly(),
        };
    }
}
