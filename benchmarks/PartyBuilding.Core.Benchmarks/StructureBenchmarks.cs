using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>Structure advice for many units (each with its reasons, written when advised) against a hand-written loop of the same thresholds (no reasons).</summary>
[MemoryDiagnoser]
public class StructureBenchmarks
{
    private (int Full, int Probationary)[] units = [];
    private readonly StructureAdvisor advisor = new(StructurePolicy.Default);

    [Params(10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261127);
        units = new (int, int)[Count];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = (random.Next(0, 130), random.Next(0, 10));
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var sum = 0;
        foreach (var (full, probationary) in units)
        {
            var total = full + probationary;
            var form = total == 0 ? 0 : full < 3 ? 1 : total > 100 ? 5 : total > 50 ? 4 : full >= 7 ? 3 : 2;
            sum += form;
        }

        return sum;
    }

    /// <summary>The library: the form and its reasons for every unit.</summary>
    [Benchmark]
    public int Library()
    {
        var sum = 0;
        foreach (var (full, probationary) in units)
        {
            var advice = advisor.Advise(full, probationary);
            sum += (int)advice.Form + advice.Reasons.Count;
        }

        return sum;
    }
}
