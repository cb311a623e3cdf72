using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Building a registry whose organizations form one chain (each the parent of the next), the input that
/// made the parent-cycle check quadratic, against a hand-written walk that visits each organization once.
/// </summary>
[MemoryDiagnoser]
public class RegistryBenchmarks
{
    private PartyOrganization[] chain = [];

    [Params(100_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup() =>
        chain = [.. Enumerable.Range(0, Depth).Select(i => new PartyOrganization(
            new OrganizationId($"o{i:000000}"), $"Level {i}", OrganizationLevel.Branch, OrganizationKind.Village, null,
            i == 0 ? null : new OrganizationId($"o{i - 1:000000}")))];

    /// <summary>Index by id, then walk up from each organization, skipping those already walked: no cycle found.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var byId = new Dictionary<OrganizationId, PartyOrganization>(chain.Length);
        foreach (var organization in chain)
        {
            byId.Add(organization.Id, organization);
        }

        var done = new HashSet<OrganizationId>(chain.Length);
        foreach (var organization in chain)
        {
            for (var current = organization; done.Add(current.Id) && current.ParentId is { } parent && byId.TryGetValue(parent, out var next);)
            {
                current = next;
            }
        }

        return done.Count;
    }

    /// <summary>The library: every organization validated, ids and parents checked, cycles looked for, indexes built.</summary>
    [Benchmark]
    public int Library() => new OrganizationRegistry(chain, []).Organizations.Count;
}
