using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartyBuilding.Samples.Township.Tests;

public sealed class DefaultRunTests
{
    [Fact]
    public void The_default_run_exits_0_and_prints_every_section()
    {
        var run = HostRun.Of();

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("Organizations and structure advice", run.Output);
        Assert.Contains("Mobile party members", run.Output);
        Assert.Contains("Accountability cases", run.Output);
    }

    [Fact]
    public void The_json_report_parses_and_its_structure_totals_add_up()
    {
        var json = HostRun.Of("--format", "json").Json();

        var structure = json.GetProperty("structure");
        var organizations = structure.GetProperty("organizations").GetArrayLength();
        var byForm = structure.GetProperty("byAdvisedForm").EnumerateObject().Sum(p => p.Value.GetInt32());
        Assert.Equal(organizations, byForm);
        Assert.Equal("2026-11-27", json.GetProperty("asOf").GetString());
    }

    [Fact]
    public void The_json_report_affiliation_totals_add_up()
    {
        var affiliation = HostRun.Of("--format", "json").Json().GetProperty("affiliation");

        var members = affiliation.GetProperty("mobileMembers").GetInt32();
        Assert.True(members > 0);
        Assert.Equal(members, Sum(affiliation.GetProperty("byOutcome")));
        Assert.Equal(members, Sum(affiliation.GetProperty("byStanding")));
        var assigned = affiliation.GetProperty("byOutcome").GetProperty("Assigned").GetInt32();
        Assert.Equal(assigned, Sum(affiliation.GetProperty("byMode")));
        Assert.Equal(assigned, Sum(affiliation.GetProperty("byOrganization")));
        Assert.Equal(members - assigned, affiliation.GetProperty("notAssigned").GetArrayLength());
        Assert.All(affiliation.GetProperty("notAssigned").EnumerateArray(), m => Assert.NotEqual(0, m.GetProperty("reasons").GetArrayLength()));
        Assert.NotEqual(0, affiliation.GetProperty("establishmentAdvice").GetArrayLength());
        Assert.NotEqual(0, affiliation.GetProperty("flaggedForReview").GetArrayLength());
    }

    [Fact]
    public void The_evaluation_takes_a_fixed_box_a_mobile_box_and_a_count_sheet_and_its_ballots_add_up()
    {
        var evaluation = HostRun.Of("--format", "json").Json().GetProperty("evaluation");

        var byBox = evaluation.GetProperty("castByBox");
        var bySheet = evaluation.GetProperty("castByCountSheet");
        Assert.True(byBox.GetProperty("fixed").GetInt32() > 0);
        Assert.True(byBox.GetProperty("mobile").GetInt32() > 0);
        Assert.True(bySheet.GetProperty("Villager representatives").GetInt32() > 0);
        Assert.Equal(evaluation.GetProperty("ballotsCast").GetInt32(), Sum(byBox) + Sum(bySheet));
    }

    [Fact]
    public void The_json_report_accountability_totals_add_up_and_show_every_state_of_concern()
    {
        var accountability = HostRun.Of("--format", "json").Json().GetProperty("accountability");

        var cases = accountability.GetProperty("cases").GetInt32();
        Assert.Equal(cases, Sum(accountability.GetProperty("byState")));
        Assert.Equal(cases, accountability.GetProperty("all").GetArrayLength());
        Assert.NotEqual(0, accountability.GetProperty("overdue").GetArrayLength());
        Assert.NotEqual(0, accountability.GetProperty("awaitingDisclosure").GetArrayLength());
        var overdueFlags = accountability.GetProperty("all").EnumerateArray().Count(c => c.GetProperty("overdue").GetBoolean());
        Assert.Equal(accountability.GetProperty("overdue").GetArrayLength(), overdueFlags);
    }

    [Fact]
    public void The_json_report_enterprise_totals_add_up()
    {
        var enterprises = HostRun.Of("--format", "json").Json().GetProperty("enterprises");

        var count = enterprises.GetProperty("enterprises").GetInt32();
        Assert.Equal(count, Sum(enterprises.GetProperty("byCoverage")));
        Assert.Equal(enterprises.GetProperty("assessed").GetInt32(), Sum(enterprises.GetProperty("byGrade")));
        Assert.Equal(enterprises.GetProperty("assessed").GetInt32(), enterprises.GetProperty("assessments").GetArrayLength());
        Assert.NotEqual(0, enterprises.GetProperty("modelEnterprises").GetArrayLength());
        var grouped = enterprises.GetProperty("jointBranchAdvice").EnumerateArray().Sum(g => g.GetProperty("enterprises").GetArrayLength());
        Assert.Equal(enterprises.GetProperty("byCoverage").GetProperty("JointBranch").GetInt32(), grouped);
    }

    [Fact]
    public void The_json_posting_evaluation_adds_up_and_withholds_small_groups()
    {
        var evaluation = HostRun.Of("--format", "json", "--posting").Json().GetProperty("evaluation");

        Assert.Equal(evaluation.GetProperty("ballotsCast").GetInt32(), evaluation.GetProperty("validBallots").GetInt32() + evaluation.GetProperty("invalidBallots").GetInt32());
        var cadres = evaluation.GetProperty("cadres");
        Assert.Equal(cadres.GetArrayLength(), Sum(evaluation.GetProperty("byOutcome")));
        Assert.Contains("Township cadres", evaluation.GetProperty("withheldGroups").EnumerateArray().Select(g => g.GetString()));

        // With a group withheld, no composite figure is posted, in the table or in a reason's text.
        Assert.All(cadres.EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("recognition").ValueKind));
        Assert.DoesNotContain(cadres.EnumerateArray().SelectMany(c => c.GetProperty("reasons").EnumerateArray()), r => r.GetProperty("message").GetString()!.Contains('%'));
        Assert.Contains(cadres.EnumerateArray(), c => c.GetProperty("outcome").GetString() == "Adjust");
        Assert.Contains(cadres.EnumerateArray(), c => c.GetProperty("outcome").GetString() == "WarningTalk");
    }

    [Fact]
    public void The_as_of_option_moves_the_report_date()
    {
        var json = HostRun.Of("--format", "json", "--as-of", "2025-01-01").Json();

        Assert.Equal("2025-01-01", json.GetProperty("asOf").GetString());
        Assert.All(
            json.GetProperty("structure").GetProperty("termEnded").EnumerateArray(),
            t => Assert.True(string.CompareOrdinal(t.GetProperty("termEndsOn").GetString(), "2025-01-01") <= 0));
    }

    [Fact]
    public void The_chinese_report_contains_no_english_reason_text()
    {
        var english = HostRun.Of("--format", "json").Json();
        var chinese = HostRun.Of("--format", "json", "--culture", "zh-CN").Json();

        var englishMessages = Messages(english).ToHashSet(StringComparer.Ordinal);
        var chineseMessages = Messages(chinese).ToList();
        Assert.NotEmpty(chineseMessages);
        Assert.All(chineseMessages, m => Assert.DoesNotContain(m, englishMessages));
        Assert.All(chineseMessages, m => Assert.Matches(new Regex(@"\p{IsCJKUnifiedIdeographs}"), m));

        var text = HostRun.Of("--culture", "zh-CN").Output;
        Assert.DoesNotContain("full members", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0_with_the_usage()
    {
        var run = HostRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--data FILE", run.Output);
    }

    [Fact]
    public void The_embedded_data_written_out_reads_back_to_the_same_report()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mazhu-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(0, HostRun.Of("--write-data", file).ExitCode);
            var fromFile = HostRun.Of("--data", file, "--format", "json");
            var embedded = HostRun.Of("--format", "json");

            Assert.Equal(0, fromFile.ExitCode);
            Assert.Equal(embedded.Output, fromFile.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static int Sum(JsonElement counts) => counts.EnumerateObject().Sum(p => p.Value.GetInt32());

    private static IEnumerable<string> Messages(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("message") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return property.Value.GetString()!;
                    }

                    foreach (var nested in Messages(property.Value))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var nested in Messages(item))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }
}
