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
        // Meetings come from the education section and petitions from the petitions section: no field read as plain data.
        Assert.Empty(Strings(teams.GetProperty("plainFields")));
    }

    [Fact]
    public void Each_village_profile_takes_its_meetings_from_the_education_section_and_its_petitions_from_the_petitions_section()
    {
        var json = HostRun.Of("--format", "json").Json();
        var compliance = json.GetProperty("education").GetProperty("organizations").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);
        var petitions = json.GetProperty("petitions").GetProperty("all").EnumerateArray().GroupBy(p => p.GetProperty("village").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        var villages = json.GetProperty("teams").GetProperty("villages").EnumerateArray().ToDictionary(v => v.GetProperty("id").GetString()!);

        foreach (var (id, village) in villages)
        {
            var criteria = Strings(village.GetProperty("criteria"));
            var row = compliance[id];
            var judged = row.GetProperty("periodsJudged").GetInt32();
            var held = judged - row.GetProperty("missed").GetInt32();
            // The default bound: meetings held at least 4/5 of those due.
            Assert.Equal(held * 5 < judged * 4, criteria.Contains("MeetingsNotHeld"));
            Assert.Equal(petitions.GetValueOrDefault(id) >= 5, criteria.Contains("PetitionsConcentrated"));
        }
    }

    [Fact]
    public void The_teams_section_prints_in_text_and_chinese()
    {
        Assert.Contains("Village teams", HostRun.Of().Output);
        Assert.Contains("软弱涣散", HostRun.Of("--culture", "zh-CN").Output);
    }
}
