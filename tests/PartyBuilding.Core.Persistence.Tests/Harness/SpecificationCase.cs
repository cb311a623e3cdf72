using Ardalis.Specification;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>
/// One way of exercising one specification type: a generator of scenarios (a specification built
/// from generated parameters, and generated rows to store). The harness runs each scenario in
/// memory and through each database (SQLite, PostgreSQL) and requires the same rows in the same order.
/// </summary>
/// <remarks>Make cases with <see cref="SpecificationCase.For{TSpecification, T}"/>; list them in an <see cref="ISpecificationCases"/>.</remarks>
public abstract class SpecificationCase
{
    private protected SpecificationCase(Type specificationType, Type entityType, string name)
    {
        SpecificationType = specificationType;
        EntityType = entityType;
        Name = name;
    }

    /// <summary>The library specification this case covers.</summary>
    public Type SpecificationType { get; }

    /// <summary>The stored summary type the specification queries (mapped in <see cref="SummaryDbContext"/>).</summary>
    public Type EntityType { get; }

    /// <summary>A unique, readable name: <c>SpecificationName: what varies</c>.</summary>
    public string Name { get; }

    /// <summary>A case for <typeparamref name="TSpecification"/> over <typeparamref name="T"/>.</summary>
    /// <param name="what">What this case varies, for example <c>cutoff dates around month ends</c>.</param>
    /// <param name="scenarios">Generates a specification (from generated parameters) and the rows to store.</param>
    public static SpecificationCase<T> For<TSpecification, T>(string what, Gen<Scenario<T>> scenarios)
        where TSpecification : Specification<T>
        where T : class =>
        new(typeof(TSpecification), $"{typeof(TSpecification).Name}: {what}", scenarios);

    /// <summary>Runs the case as a property: in memory and through <paramref name="database"/>, for each generated scenario.</summary>
    internal abstract Property Property(SummaryDatabase database);

    /// <summary>The SQL of one generated scenario's query, to check that the filter and the order run in the database.</summary>
    internal abstract string Sql(SummaryDatabase database);

    /// <summary>Samples scenarios and counts how many select some rows and how many leave some out (to spot vacuous generators).</summary>
    internal abstract (int Scenarios, int WithSelected, int WithExcluded) Coverage(int samples);

    /// <inheritdoc />
    public override string ToString() => Name;
}
