namespace PartyBuilding.Samples.Township.Tests;

public sealed class EducationRunTests
{
    [Fact]
    public void The_education_section_judges_every_organization_and_names_the_misses_of_the_last_complete_periods()
    {
        var json = HostRun.Of("--format", "json").Json();
        var education = json.GetProperty("education");

        Assert.Equal(json.GetProperty("structure").GetProperty("organizations").GetArrayLength(), education.GetProperty("organizations").GetArrayLength());
        Assert.Equal("2026-01-01", education.GetProperty("from").GetString());
        Assert.Equal(
            ["E03/MembersMeeting", "V02/ThemedPartyDay", "W01/MigrantStudyDay"],
            education.GetProperty("missedLastPeriod").EnumerateArray().Select(m => $"{m.GetProperty("organization").GetString()}/{m.GetProperty("kind").GetString()}"));
        Assert.Equal(
            education.GetProperty("trained").GetInt32() - education.GetProperty("trainingMet").GetInt32(),
            education.GetProperty("belowHours").GetArrayLength());
        Assert.Contains("Study and organizational life", HostRun.Of().Output, StringComparison.Ordinal);
    }
}
