using PartyBuilding.Core;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Samples.Township.Tests;

public sealed class PolicyDocumentRunTests
{
    private static string Write(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"pb-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        return file;
    }

    [Fact]
    public void A_policy_document_decides_and_the_report_names_the_version_it_used()
    {
        // The structure advisor decides undated, so its set holds one version (a dated policy is tested with four-haves).
        var document = StructurePolicyDocument.Format.Write(new PolicySet<StructurePolicy>(
        [
            new PolicyVersion<StructurePolicy>("county-2020", new NodaTime.LocalDate(2020, 1, 1), StructurePolicy.Default with { MaxMembersPerBranch = 10 }),
        ]));
        var file = Write(document);
        try
        {
            var run = HostRun.Of("--policy", file, "--format", "json");
            Assert.Equal(0, run.ExitCode);
            var structure = run.Json().GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policy").GetString() == "Structure");
            Assert.Equal("county-2020", structure.GetProperty("label").GetString());
            Assert.Equal("2020-01-01", structure.GetProperty("effectiveFrom").GetString());
            Assert.Equal(1, structure.GetProperty("versions").GetInt32());

            // The county's 10-member ceiling decides: the same data under the defaults is advised otherwise.
            Assert.NotEqual(HostRun.Of("--format", "json").Json().GetProperty("structure").GetRawText(), run.Json().GetProperty("structure").GetRawText());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_bad_policy_document_is_one_message_with_every_failure_and_no_report()
    {
        var file = Write("""{"policy":"structure","versions":[{"label":"a","effectiveFrom":"2026-02-30","figures":{}}]}""");
        try
        {
            var run = HostRun.Of("--policy", file);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal(string.Empty, run.Output);
            Assert.Contains("Structure:$.versions[0].effectiveFrom [POLICY.VALUE_MALFORMED]", run.Error, StringComparison.Ordinal);
            Assert.Contains("Structure:$.versions[0].figures.branchTermYears [POLICY.PROPERTY_MISSING]", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_missing_policy_file_is_named() =>
        Assert.Contains("no-such-file.json", HostRun.Of("--policy", "no-such-file.json").Error, StringComparison.Ordinal);
}

public sealed class StarRatedTableRunTests
{
    private static string ShippedStarTable(out string file)
    {
        file = Path.Combine(Path.GetTempPath(), $"pb-star-{Guid.NewGuid():N}.json");
        var text = PartyBuilding.Core.FourHaves.FourHavesPolicyDocument.Format.ShippedDocument("star-rated");
        File.WriteAllText(file, text);
        return text;
    }

    [Fact]
    public void The_township_is_assessed_with_the_shipped_star_rated_table()
    {
        ShippedStarTable(out var file);
        try
        {
            var run = HostRun.Of("--policy", file, "--format", "json");
            Assert.Equal(0, run.ExitCode);
            var json = run.Json();
            var fourHaves = json.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policy").GetString() == "FourHaves");
            Assert.Equal("star-rated", fourHaves.GetProperty("label").GetString());
            Assert.NotEqual(HostRun.Of("--format", "json").Json().GetProperty("enterprises").GetRawText(), json.GetProperty("enterprises").GetRawText());

            // The sample's enterprises carry the facts the table names itself: none is reported missing.
            Assert.DoesNotContain("FH.EXTRA_FACT_MISSING", json.GetProperty("enterprises").GetRawText(), StringComparison.Ordinal);
            Assert.Contains("FH.GRADE_BAND_LEVEL", json.GetProperty("enterprises").GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Next_years_table_registered_in_advance_leaves_this_years_decisions_unchanged()
    {
        var format = PartyBuilding.Core.FourHaves.FourHavesPolicyDocument.Format;
        var star = format.Read(format.ShippedDocument("star-rated")).Latest.Policy;
        var document = format.Write(new PolicySet<PartyBuilding.Core.FourHaves.FourHavesPolicy>(
        [
            new("2020-default", new NodaTime.LocalDate(2020, 1, 1), PartyBuilding.Core.FourHaves.FourHavesPolicy.Default),
            new("2027-star", new NodaTime.LocalDate(2027, 1, 1), star),
        ]));
        var file = Path.Combine(Path.GetTempPath(), $"pb-next-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, document);
        try
        {
            var withNext = HostRun.Of("--policy", file, "--format", "json", "--as-of", "2026-11-27").Json();
            var defaults = HostRun.Of("--format", "json", "--as-of", "2026-11-27").Json();
            Assert.Equal(defaults.GetProperty("enterprises").GetRawText(), withNext.GetProperty("enterprises").GetRawText());
            var row = withNext.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policy").GetString() == "FourHaves");
            Assert.Equal("2020-default", row.GetProperty("label").GetString());
            Assert.Equal(2, row.GetProperty("versions").GetInt32());

            // From the table's first day it decides.
            var nextYear = HostRun.Of("--policy", file, "--format", "json", "--as-of", "2027-01-04").Json();
            Assert.Equal("2027-star", nextYear.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policy").GetString() == "FourHaves").GetProperty("label").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
