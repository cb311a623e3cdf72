namespace PartyBuilding.Samples.Township.Tests;

public sealed class PetitionSectionTests
{
    [Fact]
    public void The_json_report_petition_figures_add_up_and_show_every_question()
    {
        var petitions = HostRun.Of("--format", "json").Json().GetProperty("petitions");

        var all = petitions.GetProperty("all");
        Assert.Equal(all.GetArrayLength(), petitions.GetProperty("byState").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal("2026-07-01", petitions.GetProperty("from").GetString());
        Assert.Equal("2026-09-30", petitions.GetProperty("to").GetString());
        Assert.Equal(17, petitions.GetProperty("received").GetInt32());
        Assert.Equal("2/7", petitions.GetProperty("villageResolution").GetProperty("exact").GetString());
        Assert.Equal((4, 14), (petitions.GetProperty("resolvedAtVillage").GetInt32(), petitions.GetProperty("receivedAtVillage").GetInt32()));
        Assert.Equal("9/10", petitions.GetProperty("answeredInTime").GetProperty("exact").GetString());
        Assert.Equal(["XF-0707", "XF-0715", "XF-0709"], petitions.GetProperty("overdue").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(["XF-0709", "XF-0710", "XF-0712"], petitions.GetProperty("reviewsPending").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(["XF-0708", "XF-0718", "XF-0717"], petitions.GetProperty("repeatFilings").EnumerateArray().Select(e => e.GetString()!));
        var overdueFlags = all.EnumerateArray().Count(p => p.GetProperty("overdue").GetBoolean());
        Assert.Equal(petitions.GetProperty("overdue").GetArrayLength(), overdueFlags);
        Assert.All(all.EnumerateArray(), p => Assert.NotEqual(0, p.GetProperty("reasons").GetArrayLength()));
        Assert.Contains(all.EnumerateArray(), p => p.GetProperty("routing").GetString() == "Refused");
        Assert.Contains(all.EnumerateArray(), p => p.GetProperty("routing").GetString() == "Diverted");
    }

    [Fact]
    public void The_text_report_has_the_petition_section_in_both_languages()
    {
        Assert.Contains("Petitions of the quarter (2026-07-01 – 2026-09-30)", HostRun.Of().Output, StringComparison.Ordinal);
        Assert.Contains("本季度信访事项", HostRun.Of("--culture", "zh-CN").Output, StringComparison.Ordinal);
    }
}
