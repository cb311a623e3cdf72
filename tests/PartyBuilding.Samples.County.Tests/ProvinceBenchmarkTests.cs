namespace PartyBuilding.Samples.County.Tests;

public sealed class ProvinceBenchmarkTests
{
    [Fact]
    public void A_tiny_province_run_times_every_question_with_and_without_its_index()
    {
        // Runs where the persistence suite's server is configured (CI starts one); the benchmark needs PostgreSQL.
        if (Environment.GetEnvironmentVariable("PARTYBUILDING_POSTGRES") is not { Length: > 0 } server)
        {
            return;
        }

        var database = "pb_province_" + Guid.NewGuid().ToString("N");
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            var run = HostRun.Of("--province", "0.0005", "--connection", connection);

            Assert.Equal(0, run.ExitCode);
            Assert.Empty(run.Error);
            Assert.Contains("filled MobileMemberSummary: 2,500 rows", run.Output);
            var rows = run.Output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Question", StringComparison.Ordinal)).ToList();
            Assert.Equal(26, rows.Count);
            Assert.All(rows, r => Assert.Contains("Spec`", r));
            Assert.Contains("slowest with index", run.Output);
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
}
