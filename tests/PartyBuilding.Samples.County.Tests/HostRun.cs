using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Samples.County.Attention;
using PartyBuilding.Samples.County.Storage;

namespace PartyBuilding.Samples.County.Tests;

/// <summary>Runs the host in process and captures what it writes.</summary>
internal sealed record HostRun(int ExitCode, string Output, string Error)
{
    public static HostRun Of(params string[] args) => With(null, args);

    /// <summary>Runs with <paramref name="fault"/> called before each batch's commit (a simulated lost connection).</summary>
    public static HostRun With(Action<int>? fault, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CountyHost.Run(args, output, error, fault);
        return new HostRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>Reads a county database back: the import state, the row counts, every attention list (without its time).</summary>
internal static class Stored
{
    public static readonly LocalDate AsOf = new(2026, 12, 31);

    public static ImportState? State(params string[] args)
    {
        using var store = CountyStore.Open(CountyOptions.Parse(args));
        return store.State();
    }

    public static int[] Counts(params string[] args)
    {
        using var store = CountyStore.Open(CountyOptions.Parse(args));
        var c = store.Context;
        return [c.Organizations.Count(), c.MobileMembers.Count(), c.Enterprises.Count(), c.Cases.Count(), c.Orders.Count(), c.Rounds.Count(), c.Candidates.Count()];
    }

    public static IReadOnlyList<(string Specification, string Question, int Rows, string First)> Lists(params string[] args)
    {
        using var services = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();
        using var store = CountyStore.Open(CountyOptions.Parse(args));
        return [.. new AttentionQueries(services, store, int.MaxValue).Run(AsOf).Select(l => (l.Specification, l.Question, l.Rows, string.Join(",", l.First)))];
    }
}
