namespace PartyBuilding.Samples.County.Tests;

public sealed class ResumeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("county-resume-").FullName;

    private string Db(string name) => Path.Combine(folder, name);

    [Fact]
    public void A_batch_that_fails_is_rolled_back_the_earlier_ones_stay_and_a_rerun_continues()
    {
        var file = Path.Combine(folder, "county.jsonl");
        Assert.Equal(0, HostRun.Of("--small", "--write", file).ExitCode);
        string[] import = ["--import", file, "--quiet", "--batch", "100", "--database", Db("resumed.db")];

        // The connection is lost before the third batch (index 2) commits.
        var failed = HostRun.With(batch => { if (batch == 2) { throw new TimeoutException("connection lost (simulated)"); } }, import);

        Assert.Equal(2, failed.ExitCode);
        Assert.Single(failed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("store batch 3", failed.Error);
        Assert.Contains("batches 1–2 are stored", failed.Error);
        var state = Stored.State("--database", Db("resumed.db"))!;
        Assert.Equal((2, 5), (state.BatchesStored, state.TotalBatches));

        // Exactly the records of the first 200 lines are stored: the header, then organizations and members.
        var firstLines = File.ReadLines(file).Take(200).ToList();
        var counts = Stored.Counts("--database", Db("resumed.db"));
        Assert.Equal(firstLines.Count(l => l.StartsWith("{\"type\":\"organization\"", StringComparison.Ordinal)), counts[0]);
        Assert.Equal(firstLines.Count(l => l.StartsWith("{\"type\":\"mobileMember\"", StringComparison.Ordinal)), counts[1]);
        Assert.Equal(0, counts[2] + counts[3] + counts[5]);

        var resumed = HostRun.Of(import);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("resuming after batch 2 of 5", resumed.Output);
        Assert.Equal(0, HostRun.Of("--import", file, "--quiet", "--batch", "100", "--database", Db("clean.db")).ExitCode);
        Assert.Equal(Stored.Counts("--database", Db("clean.db")), Stored.Counts("--database", Db("resumed.db")));
        Assert.Equal(Stored.Lists("--database", Db("clean.db")), Stored.Lists("--database", Db("resumed.db")));
    }

    [Fact]
    public void A_failure_in_the_first_batch_of_a_reset_keeps_the_previous_county()
    {
        Assert.Equal(0, HostRun.Of("--small", "--quiet", "--seed", "1", "--database", Db("county.db")).ExitCode);
        var before = (string.Join(",", Stored.Counts("--database", Db("county.db"))), Stored.State("--database", Db("county.db"))!.Source);

        var failed = HostRun.With(_ => throw new TimeoutException("connection lost (simulated)"), "--small", "--quiet", "--seed", "2", "--reset", "--database", Db("county.db"));

        Assert.Equal(2, failed.ExitCode);
        Assert.Equal(before, (string.Join(",", Stored.Counts("--database", Db("county.db"))), Stored.State("--database", Db("county.db"))!.Source));
    }

    [Fact]
    public void The_same_command_with_reset_continues_its_own_import_after_a_failure()
    {
        Assert.Equal(0, HostRun.Of("--small", "--quiet", "--seed", "1", "--database", Db("county.db")).ExitCode);
        string[] replace = ["--small", "--quiet", "--seed", "2", "--batch", "100", "--reset", "--database", Db("county.db")];

        var failed = HostRun.With(batch => { if (batch == 3) { throw new TimeoutException("connection lost (simulated)"); } }, replace);
        var resumed = HostRun.Of(replace);

        Assert.Equal(2, failed.ExitCode);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("resuming after batch 3 of 5", resumed.Output);
        Assert.Equal(0, HostRun.Of("--small", "--quiet", "--seed", "2", "--batch", "100", "--database", Db("clean.db")).ExitCode);
        Assert.Equal(Stored.Counts("--database", Db("clean.db")), Stored.Counts("--database", Db("county.db")));
        Assert.Equal(Stored.Lists("--database", Db("clean.db")), Stored.Lists("--database", Db("county.db")));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
