using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>A <see cref="SpecificationCase"/> over the stored type <typeparamref name="T"/>.</summary>
public sealed class SpecificationCase<T> : SpecificationCase
    where T : class
{
    private readonly Gen<Scenario<T>> scenarios;

    internal SpecificationCase(Type specificationType, string name, Gen<Scenario<T>> scenarios)
        : base(specificationType, typeof(T), name) =>
        this.scenarios = scenarios;

    internal override Property Property(SummaryDatabase database) =>
        Prop.ForAll(scenarios.ToArbitrary(), scenario =>
        {
            var rows = database.DistinctByKey(scenario.Rows);
            var inMemory = scenario.Specification.Evaluate(rows).ToList();

            database.Replace(rows);
            var throughDatabase = database.Context.Set<T>().AsNoTracking().ApplySpecification(scenario.Specification).ToList();

            return inMemory.SequenceEqual(throughDatabase)
                .Label($"in memory:\n  {string.Join("\n  ", inMemory)}\nthrough {database.Name}:\n  {string.Join("\n  ", throughDatabase)}\nscenario: {scenario}")
                .Classify(inMemory.Count == 0, "selects nothing")
                .Classify(inMemory.Count == rows.Count, "selects everything");
        });

    internal override string Sql(SummaryDatabase database) =>
        database.Context.Set<T>().ApplySpecification(scenarios.Sample(1, 10)[0].Specification).ToQueryString();

    internal override (int Scenarios, int WithSelected, int WithExcluded) Coverage(int samples)
    {
        var sample = scenarios.Sample(samples, 30);
        var selected = 0;
        var excluded = 0;
        foreach (var scenario in sample)
        {
            var rows = scenario.Rows;
            var count = scenario.Specification.Evaluate(rows).Count();
            selected += count > 0 ? 1 : 0;
            excluded += count < rows.Count ? 1 : 0;
        }

        return (sample.Length, selected, excluded);
    }
}
