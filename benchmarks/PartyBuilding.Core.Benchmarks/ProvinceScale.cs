using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// <c>--province [--scale f]</c>: each batch rule at province scale (5,000,000 mobile members, 1,000,000
/// enterprises, 10,000,000 ballots, 1,000,000 sanction decisions; times f), its input generated lazily as it is
/// read, at N/10 and at N after an unprinted warm-up pass at N/1000. Prints wall time, the input's own time, the
/// time the GC paused the run, allocation per item (the input's own beside it), the peak of the managed heap
/// above its level before the run (sampled every 2 ms, garbage not yet collected included) and what stays live
/// with the results the call returns.
/// </summary>
internal static class ProvinceScale
{
    public static int Run(double scale)
    {
        Console.WriteLine($"{RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical cores, "
            + $"{RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, load {Load()}");
        foreach (var pass in new[] { 0.001, 0.1, 1 })
        {
            // The first pass, not printed, only warms the code up (tiered compilation).
            quiet = pass < 0.1;
            if (pass == 0.1)
            {
                Console.WriteLine("| rule | items | wall (s) | input alone (s) | GC pauses (s) | allocated per item, input's own (B) | peak above start (MB) | live after, results held (MB) | outcome |");
                Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|---|");
            }

            Affiliation(Size(5_000_000, scale * pass));
            FourHaves(Size(1_000_000, scale * pass));
            Evaluation(Size(10_000_000, scale * pass));
            Accountability(Size(1_000_000, scale * pass));
        }

        return 0;
    }

    private static bool quiet;

    private static int Size(int count, double scale) => Math.Max(100, (int)(count * scale));

    private static void Affiliation(int n)
    {
        var random = new Random(20261127);
        var (organizations, memberships) = AffiliationData.Township(random);
        var registry = new Organizations.OrganizationRegistry(organizations, memberships);
        var assigner = new AffiliationAssigner();
        Measure("Affiliation AssignAll", n, () => AffiliationData.Members(new Random(1), n).Count(), () =>
        {
            var counts = new int[3];
            foreach (var decision in assigner.AssignAll(AffiliationData.Members(new Random(1), n), registry))
            {
                counts[(int)decision.Outcome]++;
            }

            return (string.Join(" / ", counts), null);
        });
    }

    private static void FourHaves(int n)
    {
        var assessor = new FourHavesAssessor();
        Measure("Four haves AssessAll (returns a list)", n, () => FourHavesData.Stream(n, 7).Count(), () =>
        {
            var assessments = assessor.AssessAll(FourHavesData.Stream(n, 7));
            var grades = new int[4];
            foreach (var a in assessments)
            {
                grades[(int)a.Grade]++;
            }

            return (string.Join(" / ", grades), assessments);
        });

        // The same rule with nothing kept: what a streaming batch would cost.
        Measure("Four haves Assess, one by one, nothing kept", n, () => FourHavesData.Stream(n, 7).Count(), () =>
        {
            var (grades, reasons) = (new int[4], 0L);
            foreach (var enterprise in FourHavesData.Stream(n, 7))
            {
                var assessment = assessor.Assess(enterprise);
                grades[(int)assessment.Grade]++;
                reasons += assessment.Reasons.Count;
            }

            return ($"{string.Join(" / ", grades)}; {reasons / (double)n:0.0} reasons each", null);
        });
    }

    private static void Evaluation(int n)
    {
        // 90 / 9 / 1 % of the voters: 5:3:2 at 10,000,000 is refused (EVAL.ROUND_TOO_LARGE), see docs/benchmarks.md.
        var random = new Random(20261127);
        var candidates = Enumerable.Range(0, 10).Select(i => new CadreId($"cadre-{i}")).ToArray();
        var sizes = new[] { n / 100 * 90, n / 100 * 9, n - (n / 100 * 99) };
        var groups = EvaluationBenchmarks.Groups.Select((g, i) => new RaterGroup(g.Name, g.Weight, Enumerable.Range(0, sizes[i]).Select(v => new VoterId($"{g.Name[0]}{v}")))).ToArray();
        var built = Stopwatch.StartNew();
        var round = new EvaluationRound(new RoundId("province"), candidates, groups, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 3));
        Print($"  (the round of {n:N0} eligible voters: its constructor took {built.Elapsed.TotalSeconds:0.0} s, {GC.GetTotalMemory(true) / 1e6:0} MB live with it)");
        var pools = EvaluationBenchmarks.Groups.Select(g => Enumerable.Range(0, 1_000).Select(_ => EvaluationBenchmarks.RandomBallot(random, g.Name, candidates)).ToArray()).ToArray();
        IEnumerable<Ballot> Ballots()
        {
            for (var g = 0; g < pools.Length; g++)
            {
                for (var i = 0; i < sizes[g]; i++)
                {
                    yield return pools[g][i % pools[g].Length];
                }
            }
        }

        var tally = new DemocraticEvaluationTally(EvaluationPolicy.Default);
        Measure("Evaluation Tally", n, () => Ballots().Count(), () =>
        {
            var result = tally.Tally(round, Ballots());
            return ($"{result.ValidBallots:N0} valid, {result.InvalidBallots:N0} invalid", result);
        });
        GC.KeepAlive(round);
    }

    private static void Accountability(int n)
    {
        var escalator = new AccountabilityEscalator(AccountabilityPolicy.Default);
        Measure("Accountability Decide, one by one", n, () => AccountabilityData.Requests(n).Count(), () =>
        {
            var (levels, reasons) = (new int[5], 0L);
            foreach (var request in AccountabilityData.Requests(n))
            {
                var decision = escalator.Decide(request);
                levels[(int)decision.Level!.Value]++;
                reasons += decision.Reasons.Count;
            }

            return ($"{string.Join(" / ", levels)}; {reasons / (double)n:0.0} reasons each", null);
        });
    }

    /// <summary>Times <paramref name="input"/> alone, then <paramref name="run"/> with the heap sampled on a background thread.</summary>
    private static void Measure(string rule, int n, Func<int> input, Func<(string Outcome, object? Kept)> run)
    {
        var inputAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var inputTime = Stopwatch.StartNew();
        input();
        inputTime.Stop();
        var inputPerItem = (GC.GetTotalAllocatedBytes(precise: true) - inputAllocated) / (double)n;

        var start = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var peak = start;
        var stop = false;
        var sampler = new Thread(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), GC.GetTotalMemory(false)));
                Thread.Sleep(2);
            }
        }) { IsBackground = true };
        sampler.Start();
        var wall = Stopwatch.StartNew();
        var (outcome, kept) = run();
        wall.Stop();
        Volatile.Write(ref stop, true);
        sampler.Join();
        paused = GC.GetTotalPauseDuration() - paused;
        var perItem = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)n;
        peak = Math.Max(peak, GC.GetTotalMemory(false));
        var live = GC.GetTotalMemory(forceFullCollection: true) - start;
        GC.KeepAlive(kept);
        Print(string.Create(CultureInfo.InvariantCulture,
            $"| {rule} | {n:N0} | {wall.Elapsed.TotalSeconds:0.00} | {inputTime.Elapsed.TotalSeconds:0.00} | {paused.TotalSeconds:0.00} | {perItem:0}, {inputPerItem:0} | {(peak - start) / 1e6:0.0} | {Math.Max(0, live) / 1e6:0.0} | {outcome} |"));
    }

    private static void Print(string line)
    {
        if (!quiet)
        {
            Console.WriteLine(line);
        }
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
