using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Samples.County.Attention;
using PartyBuilding.Samples.County.Storage;

namespace PartyBuilding.Samples.County.Province;

/// <summary>
/// The province-scale benchmark (<c>--province F --connection …</c>): fills PostgreSQL in the database itself
/// (<see cref="ProvinceFill"/>), then times every specification's query — the first page of 100 rows, as a host
/// lists attention, and the count — without any secondary index, then with the recommended ones
/// (<see cref="ProvinceIndexes"/>), and shows from <c>EXPLAIN</c> which index each query used. Prints a Markdown table.
/// Replaces everything in the database it is given: use a database of its own.
/// </summary>
internal static partial class ProvinceBenchmark
{
    private const int PageSize = 100;

    private static readonly LocalDate AsOf = new(2026, 12, 31);

    private static readonly string[] Tables =
        ["MobileMemberSummary", "EnterpriseAssessmentSummary", "AccountabilityCaseSummary", "RectificationOrderSummary",
         "OrganizationSummary", "EvaluationRoundSummary", "CandidateEvaluationSummary", "ImportState"];

    public static int Run(CountyOptions options, IServiceProvider services, TextWriter output)
    {
        if (options.Connection is null)
        {
            throw new HostException("--province needs --connection: the benchmark runs on PostgreSQL");
        }

        var scale = options.Province!.Value;
        using var store = CountyStore.Open(options);
        var database = store.Context.Database;
        database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var total = Stopwatch.StartNew();
        output.WriteLine($"province benchmark at scale {scale.ToString(CultureInfo.InvariantCulture)} on {store.Context.Describe()}");

        Execute(store, "empty the tables", "TRUNCATE " + string.Join(", ", Tables.Select(t => $"\"{t}\"")));
        foreach (var index in ProvinceIndexes.All.Where(i => i.Sql.Length > 0))
        {
            Execute(store, $"drop {index.Name}", "DROP INDEX IF EXISTS " + index.Name);
        }

        foreach (var (table, rows, sql) in ProvinceFill.Statements(scale))
        {
            var fill = Stopwatch.StartNew();
            Execute(store, $"fill {table}", "SELECT setseed(0.5); " + sql);
            output.WriteLine($"  filled {table}: {rows:N0} rows in {fill.Elapsed.TotalSeconds:0.0} s");
        }

        Execute(store, "analyze", "VACUUM ANALYZE");
        var questions = AttentionQueries.Questions(services, AsOf, new OrganizationId("O000042"));
        var without = questions.Select(q => Measure(store, q)).ToList();
        output.WriteLine($"  measured without secondary indexes ({total.Elapsed.TotalSeconds:0} s so far)");

        var build = Stopwatch.StartNew();
        foreach (var index in ProvinceIndexes.All.Where(i => i.Sql.Length > 0))
        {
            Execute(store, $"create {index.Name}", index.Sql);
        }

        Execute(store, "analyze", "ANALYZE");
        output.WriteLine($"  created {ProvinceIndexes.All.Count(i => i.Sql.Length > 0)} indexes in {build.Elapsed.TotalSeconds:0.0} s");
        var with = questions.Select(q => Measure(store, q)).ToList();

        output.WriteLine();
        output.WriteLine("| Question | Specification | Rows | First 100, no index | First 100, with index | Count, no index | Count, with index | Recommended index | EXPLAIN, no index | EXPLAIN, with index |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---|---|---|");
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            output.WriteLine($"| {q.Area}: {q.Text} | `{q.Specification}` | {with[i].Rows:N0} | {Ms(without[i].Page)} | {Ms(with[i].Page)} | {Ms(without[i].Count)} | {Ms(with[i].Count)} "
                + $"| `{ProvinceIndexes.For(q.Text)}` | {without[i].Plan} | {with[i].Plan} |");
        }

        output.WriteLine();
        output.WriteLine($"slowest with index: first page {Ms(with.Max(m => m.Page))}, count {Ms(with.Max(m => m.Count))}; whole run {total.Elapsed.TotalMinutes:0.0} min");
        return 0;
    }

    /// <summary>The median of three timed page queries (after one to warm the cache), the faster of two counts, and the page query's plan.</summary>
    private static Measurement Measure(CountyStore store, IQuestion question)
    {
        var context = store.Context;
        return store.Db($"measure {question.Specification}", () =>
        {
            question.Page(context, PageSize);
            var pages = Enumerable.Range(0, 3).Select(_ => Time(() => question.Page(context, PageSize).Count)).Order().ToList();
            var rows = 0;
            var counts = Enumerable.Range(0, 2).Select(_ => Time(() => rows = question.Count(context))).ToList();
            return new Measurement(rows, pages[1], counts.Min(), Plan(context, question));
        });
    }

    /// <summary>Runs one of the benchmark's own statements (fixed text: no input reaches it).</summary>
    private static void Execute(CountyStore store, string what, string sql) => store.Db(what, () => store.Context.Database.ExecuteSqlRaw(sql));

    private static TimeSpan Time(Func<int> work)
    {
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed;
    }

    /// <summary>The scans of the page query's plan: the indexes it reads, or a sequential scan.</summary>
    private static string Plan(CountyDbContext context, IQuestion question)
    {
        context.Database.OpenConnection();
        try
        {
            using var command = question.PageCommand(context, PageSize);
            command.CommandText = "EXPLAIN " + command.CommandText;
            var lines = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    lines.Add(reader.GetString(0));
                }
            }

            var scans = lines.SelectMany(l => ScanPattern().Matches(l).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}".Trim()))
                .Distinct(StringComparer.Ordinal).ToList();
            var sort = lines.Any(l => l.Contains("Sort", StringComparison.Ordinal)) ? " + sort" : string.Empty;
            return scans.Count == 0 ? "?" : string.Join(", ", scans) + sort;
        }
        finally
        {
            context.Database.CloseConnection();
        }
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString(t.TotalMilliseconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";

    [GeneratedRegex(@"(Index Only Scan(?: Backward)? using|Index Scan(?: Backward)? using|Bitmap Index Scan on|Seq Scan on) ""?([A-Za-z_]*)")]
    private static partial Regex ScanPattern();

    private sealed record Measurement(int Rows, TimeSpan Page, TimeSpan Count, string Plan);
}
