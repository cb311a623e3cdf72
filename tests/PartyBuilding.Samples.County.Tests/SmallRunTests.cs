using Ardalis.Specification;

namespace PartyBuilding.Samples.County.Tests;

public sealed class SmallRunTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("county-").FullName;

    private string Db(string name = "county.db") => Path.Combine(folder, name);

    [Fact]
    public void A_small_run_stores_the_county_prints_the_lists_and_agrees_with_the_rule_services()
    {
        var run = HostRun.Of("--small", "--database", Db());

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.True(File.Exists(Db()));
        Assert.Contains("Qingshan County, as of 2026-12-31", run.Output);
        Assert.Contains("3,000 party members in branches", run.Output);
        Assert.Contains("300 mobile members", run.Output);
        Assert.Contains("check: the rule services and the specifications agree", run.Output);
        Assert.Contains("rules 1/1 batches", run.Output);
        Assert.Contains("store 1/1 batches", run.Output);
        var counts = Stored.Counts("--database", Db());
        Assert.Equal(300, counts[1]);
        Assert.Equal(30, counts[2]);
        Assert.Equal(18, counts[3]);
        Assert.Equal(new ImportStateView(1, 1), View(Stored.State("--database", Db())));
    }

    /// <summary>
    /// The capabilities whose summaries the county holds. Petitions, outreach, governance, education, dues and
    /// teams are not in the county host yet: their specifications are proven by the persistence suite.
    /// </summary>
    private static readonly string[] CountyCapabilities = ["Organizations", "Affiliation", "FourHaves", "Evaluation", "Accountability"];

    [Fact]
    public void Every_specification_of_the_capabilities_the_county_holds_is_asked()
    {
        Assert.Equal(0, HostRun.Of("--small", "--quiet", "--database", Db()).ExitCode);

        var asked = Stored.Lists("--database", Db()).Select(l => l.Specification).ToHashSet(StringComparer.Ordinal);
        var library = typeof(PartyBuilding.Core.Reason).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && IsSpecification(t))
            .Where(t => CountyCapabilities.Any(c => t.Namespace == $"PartyBuilding.Core.{c}.Specifications"))
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(library);
        Assert.Empty(library.Except(asked));
    }

    [Fact]
    public void A_rerun_of_the_same_command_stores_nothing_and_prints_the_same_lists()
    {
        Assert.Equal(0, HostRun.Of("--small", "--quiet", "--database", Db()).ExitCode);
        var first = Stored.Lists("--database", Db());

        var again = HostRun.Of("--small", "--quiet", "--database", Db());

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already holds this import", again.Output);
        Assert.Equal(first, Stored.Lists("--database", Db()));
    }

    [Fact]
    public void The_written_file_imports_to_the_same_database_as_the_generated_run()
    {
        var file = Path.Combine(folder, "county.jsonl");
        Assert.Equal(0, HostRun.Of("--small", "--write", file).ExitCode);
        Assert.Equal(0, HostRun.Of("--small", "--quiet", "--database", Db("generated.db")).ExitCode);

        var imported = HostRun.Of("--import", file, "--quiet", "--batch", "50", "--database", Db("imported.db"));

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("batches of up to 50", imported.Output);
        Assert.Equal(Stored.Counts("--database", Db("generated.db")), Stored.Counts("--database", Db("imported.db")));
        Assert.Equal(Stored.Lists("--database", Db("generated.db")), Stored.Lists("--database", Db("imported.db")));
    }

    [Fact]
    public void The_same_seed_writes_the_same_county_and_another_seed_another()
    {
        string Write(string name, string seed)
        {
            var file = Path.Combine(folder, name);
            Assert.Equal(0, HostRun.Of("--small", "--seed", seed, "--write", file).ExitCode);
            return File.ReadAllText(file);
        }

        var first = Write("a.jsonl", "7");
        Assert.Equal(first, Write("b.jsonl", "7"));
        Assert.NotEqual(first, Write("c.jsonl", "8"));
    }

    [Fact]
    public void Reset_replaces_another_import()
    {
        Assert.Equal(0, HostRun.Of("--small", "--quiet", "--seed", "1", "--database", Db()).ExitCode);

        var refused = HostRun.Of("--small", "--quiet", "--seed", "2", "--database", Db());
        var replaced = HostRun.Of("--small", "--quiet", "--seed", "2", "--reset", "--database", Db());

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("holds another import", refused.Error);
        Assert.Contains("--reset", refused.Error);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Equal("generated seed=2 scale=0.01; batch=1000", Stored.State("--database", Db())!.Source);
        Assert.Equal(300, Stored.Counts("--database", Db())[1]);
    }

    [Fact]
    public void Small_run_on_PostgreSQL_matches_SQLite()
    {
        // Runs where the persistence suite's server is configured (CI starts one); elsewhere there is nothing to compare.
        if (Environment.GetEnvironmentVariable("PARTYBUILDING_POSTGRES") is not { Length: > 0 } server)
        {
            return;
        }

        var database = "pb_county_" + Guid.NewGuid().ToString("N");
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            Assert.Equal(0, HostRun.Of("--small", "--quiet", "--batch", "100", "--connection", connection).ExitCode);
            Assert.Equal(0, HostRun.Of("--small", "--quiet", "--batch", "100", "--database", Db()).ExitCode);

            Assert.Equal(Stored.Counts("--database", Db()), Stored.Counts("--connection", connection));
            Assert.Equal(Stored.Lists("--database", Db()), Stored.Lists("--connection", connection));
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            using var admin = new Npgsql.NpgsqlConnection(server);
            admin.Open();
            using var drop = admin.CreateCommand();
            drop.CommandText = $"""DROP DATABASE IF EXISTS "{database}" WITH (FORCE)""";
            drop.ExecuteNonQuery();
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static bool IsSpecification(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Specification<>))
            {
                return true;
            }
        }

        return false;
    }

    private static ImportStateView? View(Storage.ImportState? state) => state is null ? null : new(state.BatchesStored, state.TotalBatches);

    private sealed record ImportStateView(int Stored, int Total);
}
