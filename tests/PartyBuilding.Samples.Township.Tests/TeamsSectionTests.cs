using System.Text.Json;

namespace PartyBuilding.Samples.Township.Tests;

public sealed class TeamsSectionTests
{
    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void The_teams_section_composes_the_other_sections_into_each_village_profile()
    {
        var teams = HostRun.Of("--format", "json").Json().GetProperty("teams");
        var villages = teams.GetProperty("villages").EnumerateArray().ToDictionary(v => v.GetProperty("id").GetString()!);

        Assert.Equal(12, villages.Count);
        Assert.Equal(villages.Values.Count(v => v.GetProperty("weakAndLax").GetBoolean()), teams.GetProperty("weakAndLax").GetInt32());
        // cadre-07 was advised Adjust by the evaluation section; cadre-09 too, but was adjusted.
        Assert.Contains("CadresNotAdjusted", Strings(villages["V07"].GetProperty("criteria")));
        Assert.DoesNotContain("CadresNotAdjusted", Strings(villages["V09"].GetProperty("criteria")));
        // cadre-11's sanction from the accountability section counts as an adjustment not yet made.
        Assert.Contains("CadresNotAdjusted", Strings(villages["V11"].GetProperty("criteria")));
        // The ranking proposes the lowest 5 % of 12, rounded up: one village, and that is not identification.
        Assert.Equal(["V07"], Strings(teams.GetProperty("proposedForReview")));
        Assert.Equal(["V03", "V04", "V07", "V11", "V12"], Strings(teams.GetProperty("awaitingRectification")));
        Assert.Equal(["RC-2025-01"], Strings(teams.GetProperty("rectificationsOverdue")));
        Assert.Equal(["cadre-05", "cadre-14"], Strings(teams.GetProperty("trainingOverdue")));
        Assert.Equal(["V04", "V06", "V08"], Strings(teams.GetProperty("midTermDue")));
        Assert.Equal(["RequiredMeetingsDue", "RequiredMeetingsHeld", "PetitionsInPeriod"], Strings(teams.GetProperty("plainFields")));
    }

    [Fact]
    public void The_teams_section_prints_in_text_and_chinese()
    {
        Assert.Contains("Village teams", HostRun.Of().Output);
        Assert.Contains("软弱涣散", HostRun.Of("--culture", "zh-CN").Output);
    }
}
