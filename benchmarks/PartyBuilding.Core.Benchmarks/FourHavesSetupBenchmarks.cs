using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Validation;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// What making an assessor costs once per policy: validating the policy and laying the table out
/// (baseline) against the same plus compiling it, which the assessor does where the runtime compiles code.
/// </summary>
[MemoryDiagnoser]
public class FourHavesSetupBenchmarks
{
    private readonly FourHavesPolicy policy = FourHavesPolicy.Default with { };

    [Benchmark(Baseline = true)]
    public bool LaidOutOnly()
    {
        new FourHavesPolicyValidator().Validate(policy);
        return new ScoreCard(policy, compile: false).IsCompiled;
    }

    [Benchmark]
    public FourHavesPolicy Assessor() => new FourHavesAssessor(policy).Policy;
}
