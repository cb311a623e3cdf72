namespace PartyBuilding.Samples.Township.Tests;

public sealed class GovernanceRunTests
{
    [Fact]
    public void The_json_report_governance_section_names_the_failing_procedures_and_the_law_on_each_side_of_2026()
    {
        var governance = HostRun.Of("--format", "json").Json().GetProperty("governance");
        var matters = governance.GetProperty("matters").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);

        Assert.Equal(["T-2026-grant", "V07-2026-hall", "V09-2026-forest"], governance.GetProperty("notCompliant").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("vcl-2018", matters["V05-2025-canal"].GetProperty("policy").GetString());
        Assert.Equal("vcl-2026", matters["V06-2026-lease"].GetProperty("policy").GetString());
        Assert.Equal("VillagersResolution", matters["V09-2026-forest"].GetProperty("firstFailingStep").GetString());
        Assert.NotEqual(0, governance.GetProperty("overdueDisclosures").GetArrayLength());
        Assert.NotEqual(0, governance.GetProperty("overdueAudits").GetArrayLength());
    }
}
