using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Works out the monthly dues of 1,000,000 members (every category, incomes clustered at the bracket edges):
/// the library's calculator against the floor (a hand-written loop over the default table building the same
/// assessment with the same reason, equal to the library's, checked in GlobalSetup; the baseline) and against the
/// bare loop (the same arithmetic, amounts summed, nothing built).
/// </summary>
[MemoryDiagnoser]
public class DuesBenchmarks
{
    private readonly DuesCalculator calculator = new();
    private DuesBasis[] bases = [];

    [Params(1_000_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261202);
        var categories = Enum.GetValues<MemberCategory>();
        decimal[] edges = [3000m, 5000m, 10000m];
        bases = [.. Enumerable.Range(0, Members).Select(_ => new DuesBasis(
            categories[random.Next(categories.Length)],
            random.Next(4) == 0 ? edges[random.Next(edges.Length)] + (random.Next(-2, 3) / 100m) : random.Next(0, 3_000_000) / 100m))];

        // The floor must produce what the library produces, or it is not a floor.
        foreach (var basis in bases)
        {
            if (!calculator.Calculate(basis).Equals(Floor(basis)) || calculator.Calculate(basis).Amount != Hand(basis))
            {
                throw new InvalidOperationException($"The hand-written loop disagrees with the library on {basis}.");
            }
        }
    }

    /// <summary>The bare loop: the default table inlined, amounts summed, nothing allocated.</summary>
    [Benchmark]
    public decimal Bare()
    {
        var sum = 0m;
        foreach (var basis in bases)
        {
            sum += Hand(basis);
        }

        return sum;
    }

    /// <summary>The floor: the same table by hand, one <see cref="DuesAssessment"/> with its reason per member.</summary>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenFloor()
    {
        var sum = 0m;
        foreach (var basis in bases)
        {
            sum += Floor(basis).Amount;
        }

        return sum;
    }

    /// <summary>The library: one <see cref="DuesAssessment"/> with its reason per member.</summary>
    [Benchmark]
    public decimal Calculator()
    {
        var sum = 0m;
        foreach (var basis in bases)
        {
            sum += calculator.Calculate(basis).Amount;
        }

        return sum;
    }

    private static DuesAssessment Floor(DuesBasis basis)
    {
        var income = basis.MonthlyIncomeAfterTax;
        var name = MembersNames.Of(basis.Category);
        (decimal? Bound, decimal Lower, decimal Rate) bracket = basis.Category switch
        {
            MemberCategory.Employed => income <= 3000m ? (3000m, 0m, 0.005m) : income <= 5000m ? (5000m, 3000m, 0.01m) : income <= 10000m ? (10000m, 5000m, 0.015m) : (null, 10000m, 0.02m),
            MemberCategory.Retired => income <= 5000m ? (5000m, 0m, 0.005m) : (null, 5000m, 0.01m),
            _ => (null, 0m, -1m),
        };
        if (bracket.Rate < 0)
        {
            return new DuesAssessment(basis, 0.20m, null, 0.20m, PolicySet.DefaultLabel, [Reason.Of(MembersReasonCodes.DuesFixedSum, name, 0.20m)]);
        }

        var amount = decimal.Round(income * bracket.Rate, 2, MidpointRounding.AwayFromZero);
        var reason = bracket.Bound is { } bound
            ? Reason.Of(MembersReasonCodes.DuesBracket, name, income, bound, bracket.Rate * 100, amount)
            : Reason.Of(MembersReasonCodes.DuesTopBracket, name, income, bracket.Lower, bracket.Rate * 100, amount);
        return new DuesAssessment(basis, amount, bracket.Rate, null, PolicySet.DefaultLabel, [reason]);
    }

    private static decimal Hand(DuesBasis basis)
    {
        var income = basis.MonthlyIncomeAfterTax;
        var rate = basis.Category switch
        {
            MemberCategory.Employed => income <= 3000m ? 0.005m : income <= 5000m ? 0.01m : income <= 10000m ? 0.015m : 0.02m,
            MemberCategory.Retired => income <= 5000m ? 0.005m : 0.01m,
            _ => -1m,
        };
        return rate < 0 ? 0.20m : decimal.Round(income * rate, 2, MidpointRounding.AwayFromZero);
    }
}
