using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Samples.County.Attention;
using PartyBuilding.Samples.County.Data;
using PartyBuilding.Samples.County.Rules;
using PartyBuilding.Samples.County.Storage;

namespace PartyBuilding.Samples.County;

/// <summary>
/// The county host: reads (or generates) a county, runs the rule services over it in batches, stores the
/// summaries through EF Core one transaction per batch, and prints the attention lists the specifications
/// answer in the database, each with the time it took.
/// </summary>
internal static class CountyHost
{
    public const int BadInput = 2;

    /// <summary>The check that the rule services and the specifications agree failed.</summary>
    public const int Disagreement = 1;

    /// <summary>Runs the host. <paramref name="storeFault"/> (tests only) runs before each batch's commit, to simulate a lost connection.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, Action<int>? storeFault = null)
    {
        try
        {
            var options = CountyOptions.Parse(args);
            if (options.Help)
            {
                output.WriteLine(CountyOptions.Usage);
                return 0;
            }

            using var services = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();
            var replay = new CaseReplay(services.GetRequiredService<PolicySet<AccountabilityPolicy>>(), services.GetRequiredService<IAccountabilityEscalator>());
            var generator = new CountyGenerator(options.Seed, options.Scale, replay);
            if (options.WriteFile is { } target)
            {
                var written = generator.Generate().ToList();
                CountyFile.Write(target, written);
                output.WriteLine($"wrote {target}: {written.Count:N0} lines ({generator.Fingerprint})");
                return 0;
            }

            return options.Province is null
                ? Import(options, services, generator, output, storeFault)
                : Province.ProvinceBenchmark.Run(options, services, output);
        }
        catch (HostException e)
        {
            error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
    }

    private static int Import(CountyOptions options, ServiceProvider services, CountyGenerator generator, TextWriter output, Action<int>? storeFault)
    {
        // 1. The input, read and checked whole before anything is stored.
        var (lines, source, fingerprint) = options.ImportFile is { } file
            ? (CountyFile.Read(file), file, CountyFile.Fingerprint(file))
            : (generator.Generate().Select((l, i) => (Line: i + 1, Record: l)).ToList(), "generated county", generator.Fingerprint);
        fingerprint += $"; batch={options.BatchSize}";
        var rules = new CountyRules(services, source, lines);
        var header = rules.Header;
        var asOf = options.AsOf ?? header.AsOf;
        output.WriteLine($"{header.Name}, as of {asOf:yyyy-MM-dd} — {source} ({fingerprint})");

        // 2. The rule services, batch by batch; a refused record stops here, with nothing stored.
        var chunks = lines.Chunk(options.BatchSize).ToList();
        output.WriteLine($"rules: {lines.Count:N0} lines in {chunks.Count:N0} batches of up to {options.BatchSize:N0}");
        var watch = Stopwatch.StartNew();
        var ruling = new Progress(output, "rules", chunks.Count, options.Quiet);
        var batches = new List<SummaryBatch>(chunks.Count);
        for (var i = 0; i < chunks.Count; i++)
        {
            batches.Add(rules.Run(i, chunks[i]));
            ruling.Report(i + 1, $"lines {chunks[i][0].Line:N0}–{chunks[i][^1].Line:N0}");
        }

        output.WriteLine($"rules: done in {Seconds(watch.Elapsed)}");

        // 3. The database: one transaction per batch, resumed where a failed run stopped.
        using var store = CountyStore.Open(options);
        var state = store.State();
        if (state is not null && state.Source != fingerprint && !options.Reset)
        {
            throw new HostException(
                $"{store.Context.Describe()} holds another import ({state.County}, {state.Source}; {state.BatchesStored}/{state.TotalBatches} batches): "
                + "pass --reset to replace it, or --database/--connection for another database");
        }

        // The same import continues where it stopped (also under --reset, so that the same command resumes);
        // another import is replaced, in the first batch's transaction, only when --reset asks for it.
        var same = state is not null && state.Source == fingerprint;
        var start = same ? state!.BatchesStored : 0;
        var reset = options.Reset && state is not null && !same;
        watch.Restart();
        if (start == batches.Count)
        {
            output.WriteLine($"store: {store.Context.Describe()} already holds this import ({start} batches); nothing to store");
        }
        else
        {
            output.WriteLine(start == 0
                ? $"store: {store.Context.Describe()}, {batches.Count} batches"
                : $"store: {store.Context.Describe()}, resuming after batch {start} of {batches.Count}");
            var storing = new Progress(output, "store", batches.Count, options.Quiet);
            for (var i = start; i < batches.Count; i++)
            {
                var next = new ImportState { Source = fingerprint, County = header.Name, AsOf = header.AsOf, BatchesStored = i + 1, TotalBatches = batches.Count };
                try
                {
                    store.Store(batches[i], next, resetFirst: reset && i == start, storeFault);
                }
                catch (HostException e)
                {
                    throw new HostException($"{e.Message} — batches 1–{i} are stored; run the same command again to continue from batch {i + 1}");
                }

                storing.Report(i + 1, $"lines {batches[i].FirstLine:N0}–{batches[i].LastLine:N0}");
            }

            output.WriteLine($"store: done in {Seconds(watch.Elapsed)}");
        }

        // 4. What is stored, and the attention lists.
        var context = store.Context;
        var counts = store.Db("count the summaries", () => new[]
        {
            ("organizations", context.Organizations.Count()),
            ("mobile members", context.MobileMembers.Count()),
            ("enterprises", context.Enterprises.Count()),
            ("cases", context.Cases.Count()),
            ("rectification orders", context.Orders.Count()),
            ("evaluation rounds", context.Rounds.Count()),
            ("candidates", context.Candidates.Count()),
        });
        output.WriteLine("stored: " + string.Join(" · ", counts.Select(c => $"{c.Item2:N0} {c.Item1}")));
        var totals = rules.Totals;
        output.WriteLine($"rules:  {totals.PartyMembers:N0} party members in branches; {totals.Assigned:N0} of {totals.MobileMembers:N0} mobile members assigned, "
            + $"{totals.FlaggedByAssessor:N0} flagged for review; {totals.Assessed:N0} of {totals.Enterprises:N0} enterprises assessed; "
            + $"{totals.OverdueByAggregate:N0} of {totals.Cases:N0} cases overdue; {totals.Candidates:N0} cadres in {totals.Rounds:N0} rounds");

        var lists = new AttentionQueries(services, store, options.Top).Run(asOf);
        output.WriteLine();
        output.WriteLine($"attention lists on {asOf:yyyy-MM-dd} (each specification run in the database):");
        var area = Math.Max(lists.Max(l => l.Area.Length), 4);
        var question = lists.Max(l => l.Question.Length);
        foreach (var list in lists)
        {
            output.WriteLine($"  {list.Area.PadRight(area)}  {list.Question.PadRight(question)}  {list.Rows,8:N0}  {Millis(list.Took),10}  {string.Join(", ", list.First)}");
        }

        output.WriteLine($"  {"total".PadRight(area)}  {string.Empty.PadRight(question)}  {lists.Sum(l => l.Rows),8:N0}  {Millis(TimeSpan.FromTicks(lists.Sum(l => l.Took.Ticks))),10}");

        // The rule service and the specification over the stored summaries must agree on who is flagged.
        if (asOf == header.AsOf)
        {
            var flagged = lists.Single(l => l.Specification == "MobileMembersFlaggedForReviewSpec").Rows;
            var overdue = lists.Single(l => l.Specification == "CasesOverdueSpec").Rows;
            if (flagged != totals.FlaggedByAssessor || overdue != totals.OverdueByAggregate)
            {
                output.WriteLine($"check: FAILED — the assessor flagged {totals.FlaggedByAssessor:N0}, the specification {flagged:N0}; the cases overdue {totals.OverdueByAggregate:N0}, the specification {overdue:N0}");
                return Disagreement;
            }

            output.WriteLine($"check: the rule services and the specifications agree ({flagged:N0} members flagged for review, {overdue:N0} cases overdue)");
        }

        return 0;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture);

    private static string Millis(TimeSpan t) => t.TotalMilliseconds.ToString("0.0 ms", CultureInfo.InvariantCulture);
}
