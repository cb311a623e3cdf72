namespace PartyBuilding.Samples.County.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("county-bad-").FullName;

    private string Db => Path.Combine(folder, "county.db");

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--scale", "0")]
    [InlineData("--scale", "lots")]
    [InlineData("--batch", "0")]
    [InlineData("--as-of", "2026-02-30")]
    [InlineData("--connection", "Host=;;;=")]
    [InlineData("--import")]
    [InlineData("--import", "a.jsonl", "--write", "b.jsonl")]
    [InlineData("--province", "0")]
    [InlineData("--province", "1")]
    public void Bad_arguments_exit_2_with_one_message(params string[] args)
    {
        var run = HostRun.Of(args);

        AssertOneMessage(run);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        var file = Path.Combine(folder, "missing.jsonl");

        var run = HostRun.Of("--import", file, "--database", Db);

        AssertOneMessage(run);
        Assert.Contains(file, run.Error);
        Assert.False(File.Exists(Db));
    }

    [Theory]
    [InlineData("malformed", "{\"type\":\"organization\",\"id\":", "line 3: malformed")]
    [InlineData("no type", "{\"id\":\"X\"}", "line 3: a record needs a \"type\"")]
    [InlineData("unknown type", "{\"type\":\"village\",\"id\":\"X\"}", "line 3: malformed")]
    [InlineData("unknown property", "{\"type\":\"organization\",\"id\":\"X\",\"name\":\"x\",\"villages\":3}", "line 3: malformed")]
    [InlineData("duplicate", "{\"type\":\"organization\",\"id\":\"T01\",\"name\":\"again\"}", "line 3: duplicate organization T01")]
    [InlineData("second header", "{\"type\":\"county\",\"name\":\"Other\",\"asOf\":\"2026-12-31\"}", "line 3: a second county header")]
    [InlineData("refused by the library", "{\"type\":\"organization\",\"id\":\"X1\",\"name\":\"x\",\"level\":\"Branch\",\"kind\":\"Village\",\"fullMembers\":-1,\"termStartedOn\":\"2025-01-01\"}", "line 3 (organization X1)")]
    public void A_bad_line_exits_2_naming_the_line_and_leaves_the_database_as_it_was(string what, string line, string expected)
    {
        // The database holds a small county; the bad file would replace it (--reset) if it were good.
        Assert.Equal(0, HostRun.Of("--small", "--quiet", "--database", Db).ExitCode);
        var before = (string.Join(",", Stored.Counts("--database", Db)), Stored.State("--database", Db)!.Source);
        var file = Path.Combine(folder, "bad.jsonl");
        Assert.Equal(0, HostRun.Of("--small", "--write", file).ExitCode);
        var lines = File.ReadAllLines(file).ToList();
        lines.Insert(2, line);
        File.WriteAllLines(file, lines);

        var run = HostRun.Of("--import", file, "--reset", "--batch", "10", "--database", Db);

        AssertOneMessage(run);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("store:", run.Output);
        Assert.Equal(before, (string.Join(",", Stored.Counts("--database", Db)), Stored.State("--database", Db)!.Source));
        _ = what;
    }

    [Fact]
    public void A_file_not_starting_with_the_header_exits_2()
    {
        var file = Path.Combine(folder, "headless.jsonl");
        File.WriteAllText(file, "{\"type\":\"organization\",\"id\":\"X\",\"name\":\"x\"}\n");

        var run = HostRun.Of("--import", file, "--database", Db);

        AssertOneMessage(run);
        Assert.Contains("line 1: the first record must be the county header", run.Error);
    }

    [Fact]
    public void An_unreachable_database_exits_2_with_one_message()
    {
        var run = HostRun.Of("--small", "--quiet", "--connection", "Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=3");

        AssertOneMessage(run);
        Assert.Contains("PostgreSQL", run.Error);
        Assert.Contains("cannot", run.Error);
    }

    [Fact]
    public void A_database_file_in_a_missing_folder_exits_2()
    {
        var run = HostRun.Of("--small", "--quiet", "--database", Path.Combine(folder, "no", "such", "county.db"));

        AssertOneMessage(run);
        Assert.Contains("SQLite", run.Error);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void AssertOneMessage(HostRun run)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", run.Error);
    }
}
