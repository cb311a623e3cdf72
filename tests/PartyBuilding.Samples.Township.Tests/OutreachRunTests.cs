using System.Text.Json;

namespace PartyBuilding.Samples.Township.Tests;

public sealed class OutreachRunTests
{
    private static int Sum(JsonElement counts) => counts.EnumerateObject().Sum(p => p.Value.GetInt32());

    [Fact]
    public void The_json_report_outreach_totals_add_up_and_every_overdue_household_has_reasons()
    {
        var outreach = HostRun.Of("--format", "json").Json().GetProperty("outreach");

        var households = outreach.GetProperty("households").GetInt32();
        Assert.Equal(118, households);
        Assert.Equal(households, Sum(outreach.GetProperty("byStanding")));
        Assert.Equal(households, outreach.GetProperty("villages").EnumerateArray().Sum(v => v.GetProperty("households").GetInt32()));
        var complete = outreach.GetProperty("byStanding").GetProperty("Complete").GetInt32();
        Assert.Equal(complete, outreach.GetProperty("villages").EnumerateArray().Sum(v => v.GetProperty("complete").GetInt32()));
        Assert.Equal(outreach.GetProperty("byStanding").GetProperty("Overdue").GetInt32(), outreach.GetProperty("overdue").GetArrayLength());
        Assert.All(outreach.GetProperty("overdue").EnumerateArray(), h => Assert.NotEqual(0, h.GetProperty("reasons").GetArrayLength()));
        Assert.Equal(["cadre-30"], outreach.GetProperty("cadresBelowMinimum").EnumerateArray().Select(c => c.GetString()));
        Assert.NotEqual(0, outreach.GetProperty("withoutResponsibleCadre").GetArrayLength());
        var cadres = outreach.GetProperty("cadres").EnumerateArray().ToList();
        Assert.Equal(households - outreach.GetProperty("withoutResponsibleCadre").GetArrayLength(), cadres.Sum(c => c.GetProperty("households").GetInt32()));
    }

    [Fact]
    public void The_text_report_has_the_outreach_section_in_english_and_chinese()
    {
        Assert.Contains("Cadres and households: the six ones", HostRun.Of().Output, StringComparison.Ordinal);
        var chinese = HostRun.Of("--culture", "zh-CN").Output;
        Assert.Contains("百名干部联千户", chinese, StringComparison.Ordinal);
        Assert.Contains("连心卡", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void On_30_June_no_household_is_overdue_and_on_1_July_the_first_half_has_ended()
    {
        var june = HostRun.Of("--format", "json", "--as-of", "2026-06-30").Json().GetProperty("outreach");
        var july = HostRun.Of("--format", "json", "--as-of", "2026-07-01").Json().GetProperty("outreach");

        Assert.Equal(0, june.GetProperty("byStanding").GetProperty("Overdue").GetInt32());
        Assert.NotEqual(0, july.GetProperty("byStanding").GetProperty("Overdue").GetInt32());
    }
}
