using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Policies;
using Xunit;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The reader on the structure policy's documents: each fault coded at its path, all listed, nothing read.</summary>
public sealed class ReadingTests
{
    private static readonly PolicyDocumentFormat<StructurePolicy> Format = StructurePolicyDocument.Format;

    private static JsonNode Default() => JsonNode.Parse(Format.ShippedDocument("default"))!;

    private static JsonObject Version(string label, string from, StructurePolicy? policy = null)
    {
        var version = Default()["versions"]![0]!.DeepClone().AsObject();
        version["label"] = label;
        version["effectiveFrom"] = from;
        if (policy is not null)
        {
            version["figures"] = JsonNode.Parse(Format.Write(PolicySet.Of(policy)))!["versions"]![0]!["figures"]!.DeepClone();
        }

        return version;
    }

    private static string Document(params JsonObject[] versions) =>
        new JsonObject { ["policy"] = "structure", ["versions"] = new JsonArray(versions) }.ToJsonString();

    private static IReadOnlyList<(string Code, string Path)> Failures(string json) =>
        [.. Assert.Throws<InvalidInputException>(() => Format.Read(json)).Errors.Select(f => (f.ErrorCode, f.PropertyName))];

    [Fact]
    public void Two_versions_read_in_any_order_and_the_dated_one_decides_from_its_date()
    {
        var set = Format.Read(Document(Version("2027", "2027-01-01", StructurePolicy.Default with { MaxMembersPerBranch = 40 }), Version("2020", "2020-01-01")));
        Assert.Equal(["2020", "2027"], set.Versions.Select(v => v.Label));
        Assert.Equal(50, set.InForceOn(new NodaTime.LocalDate(2026, 12, 31)).Policy.MaxMembersPerBranch);
        Assert.Equal(40, set.InForceOn(new NodaTime.LocalDate(2027, 1, 1)).Policy.MaxMembersPerBranch);
    }

    [Fact]
    public void A_string_a_stream_and_a_parsed_document_read_the_same()
    {
        var text = Format.ShippedDocument("default");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var document = JsonDocument.Parse(text);
        Assert.Equal(Format.Read(text).Versions, Format.Read(stream).Versions);
        Assert.Equal(Format.Read(text).Versions, Format.Read(document).Versions);
        Assert.Equal(PolicySet.Of(StructurePolicy.Default).Versions, Format.Read(text).Versions);
    }

    [Fact]
    public void Labels_and_dates_are_unique_and_every_clash_is_listed()
    {
        var failures = Failures(Document(Version("a", "2020-01-01"), Version("a", "2021-01-01"), Version("b", "2020-01-01"), Version(" ", "2022-01-01")));
        Assert.Equal(
            [
                (CommonErrorCodes.PolicyVersionDuplicate, "$.versions[1].label"),
                (CommonErrorCodes.PolicyEffectiveDateDuplicate, "$.versions[2].effectiveFrom"),
                (CommonErrorCodes.IdEmpty, "$.versions[3].label"),
            ],
            failures);
    }

    [Fact]
    public void A_date_that_is_not_in_the_calendar_is_malformed() =>
        Assert.Equal([(PolicyErrorCodes.ValueMalformed, "$.versions[0].effectiveFrom")], Failures(Document(Version("a", "2026-02-30"))));

    [Fact]
    public void No_version_at_all_is_refused() =>
        Assert.Equal([(CommonErrorCodes.PolicySetEmpty, "$.versions")], Failures(Document()));

    [Fact]
    public void A_validator_failure_is_reported_at_its_figure_with_the_validators_code()
    {
        var failures = Failures(Document(Version("a", "2020-01-01", StructurePolicy.Default with { MaxMembersPerGeneralBranch = 50, CommitteeTermYears = 0 })));
        Assert.Contains(failures, f => f.Path == "$.versions[0].figures.committeeTermYears" && f.Code.StartsWith("ORG.", StringComparison.Ordinal));
        Assert.All(failures, f => Assert.StartsWith("$.versions[0].figures.", f.Path, StringComparison.Ordinal));
        Assert.True(failures.Count >= 2);
    }

    [Fact]
    public void A_document_for_another_policy_is_refused_before_anything_else() =>
        Assert.Equal([(PolicyErrorCodes.WrongPolicy, "$.policy")], Failures("""{"policy":"four-haves","versions":7}"""));

    [Theory]
    [InlineData("""{"policy":"structure","versions":[],}""")]
    [InlineData("""{"policy":"structure", /* a note */ "versions":[]}""")]
    [InlineData("""{policy:"structure"}""")]
    [InlineData("")]
    public void Text_that_is_not_JSON_is_refused_with_its_position(string json) =>
        Assert.Equal([(PolicyErrorCodes.DocumentMalformed, "$")], Failures(json));

    [Fact]
    public void Every_structural_fault_is_listed_at_once()
    {
        var version = Version("a", "2020-01-01");
        version["figures"]!.AsObject().Remove("branchTermYears");
        version["figures"]!["maxMembersPerBrunch"] = 50;
        version["figures"]!["committeeTermYears"] = "five";
        version["effectiveFrom"] = 20200101;
        var root = JsonNode.Parse(Document(version))!;
        root["extra"] = true;
        Assert.Equal(
            [
                (PolicyErrorCodes.ValueMalformed, "$.versions[0].effectiveFrom"),
                (PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.committeeTermYears"),
                (PolicyErrorCodes.PropertyUnknown, "$.versions[0].figures.maxMembersPerBrunch"),
                (PolicyErrorCodes.PropertyMissing, "$.versions[0].figures.branchTermYears"),
                (PolicyErrorCodes.PropertyUnknown, "$.extra"),
            ],
            Failures(root.ToJsonString()));
    }

    [Fact]
    public void Names_are_case_sensitive_and_nulls_are_not_figures()
    {
        var version = Version("a", "2020-01-01");
        version["figures"]!["branchTermYears"] = null;
        var root = JsonNode.Parse(Document(version))!;
        root["Policy"] = "structure";
        var failures = Failures(root.ToJsonString());
        Assert.Contains((PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.branchTermYears"), failures);
        Assert.Contains((PolicyErrorCodes.PropertyUnknown, "$.Policy"), failures);
    }

    [Fact]
    public void The_schema_reference_is_optional_and_written()
    {
        var root = Default().AsObject();
        Assert.Equal("./structure.schema.json", (string?)root["$schema"]);
        root.Remove("$schema");
        Assert.Single(Format.Read(root.ToJsonString()).Versions);
    }

    [Fact]
    public void Only_shipped_documents_are_served() =>
        Assert.Equal(PolicyErrorCodes.TypeUnknown, Assert.Throws<InvalidInputException>(() => Format.ShippedDocument("nope")).Errors.Single().ErrorCode);
}
