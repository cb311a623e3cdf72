using Ardalis.Specification;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>A specification and the rows a host stored, as generated for one run.</summary>
/// <param name="Specification">The specification, built from generated parameters.</param>
/// <param name="Rows">The stored rows; rows repeating a primary key are dropped (first kept) before the run.</param>
/// <param name="Parameters">The parameters, for the failure report.</param>
public sealed record Scenario<T>(Specification<T> Specification, IReadOnlyList<T> Rows, string Parameters)
    where T : class
{
    public override string ToString() =>
        $"{Specification.GetType().Name}({Parameters}) over {Rows.Count} rows:\n  " + string.Join("\n  ", Rows);
}
