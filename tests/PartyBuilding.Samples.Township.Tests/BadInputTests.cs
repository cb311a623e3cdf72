namespace PartyBuilding.Samples.Township.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("township-").FullName;

    [Fact]
    public void A_missing_file_exits_2_naming_the_file()
    {
        var file = Path.Combine(folder, "missing.json");

        var run = HostRun.Of("--data", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(file, run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Malformed_json_exits_2_naming_the_file_and_the_place()
    {
        var file = Write("broken.json", """{ "name": "x", "asOf": """);

        var run = HostRun.Of("--data", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(file, run.Error);
        Assert.Contains("malformed", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void An_unknown_field_exits_2()
    {
        var file = Write("unknown.json", """{ "name": "x", "asOf": "2026-01-01", "villages": [] }""");

        var run = HostRun.Of("--data", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("villages", run.Error);
    }

    [Fact]
    public void A_record_that_fails_a_rule_exits_2_naming_record_and_code()
    {
        var file = Write("duplicate.json", """
            { "name": "x", "asOf": "2026-01-01", "organizations": [
              { "id": "B1", "name": "One", "level": "Branch", "kind": "Village", "termStartedOn": "2025-01-01" },
              { "id": "B1", "name": "Two", "level": "Branch", "kind": "Village", "termStartedOn": "2025-01-01" } ] }
            """);

        var run = HostRun.Of("--data", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(file, run.Error);
        Assert.Contains("ORG.DUPLICATE_ID", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void An_empty_id_exits_2_with_its_code()
    {
        var file = Write("empty-id.json", """
            { "name": "x", "asOf": "2026-01-01", "organizations": [
              { "id": " ", "name": "One", "level": "Branch", "kind": "Village", "termStartedOn": "2025-01-01" } ] }
            """);

        var run = HostRun.Of("--data", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("organizations[0]", run.Error);
        Assert.Contains("COMMON.ID_EMPTY", run.Error);
    }

    [Fact]
    public void An_illegal_case_step_exits_2_naming_the_case_step_and_code()
    {
        var file = Write("case.json", """
            { "name": "x", "asOf": "2026-11-27", "cases": [
              { "id": "C1", "subject": "cadre-1", "summary": "s", "receivedOn": "2026-10-01",
                "steps": [ { "kind": "Close", "on": "2026-10-05" } ] } ] }
            """);

        var run = HostRun.Of("--data", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cases[0]", run.Error);
        Assert.Contains("Close", run.Error);
        Assert.Contains("ACC.", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_self_introduced_mobile_member_exits_2_with_its_code()
    {
        var file = Write("self.json", """
            { "name": "x", "asOf": "2026-11-27", "mobileMembers": [
              { "id": "M1", "status": "Full", "introducedBy": "M1", "monitoredSince": "2026-01-01" } ] }
            """);

        var run = HostRun.Of("--data", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("AFF.SELF_INTRODUCED", run.Error);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--as-of", "27/11/2026")]
    [InlineData("--culture", "fr-FR")]
    [InlineData("--bogus")]
    [InlineData("--data")]
    public void Bad_arguments_exit_2(params string[] args)
    {
        var run = HostRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Error);
        Assert.Empty(run.Output);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string content)
    {
        var file = Path.Combine(folder, name);
        File.WriteAllText(file, content);
        return file;
    }
}
