using System.Text.Json.Nodes;
using PartyBuilding.Core.Outreach;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The outreach policy's document: its failures by JSON path and the validator's own codes.</summary>
public sealed class OutreachPolicyDocumentTests
{
    private static readonly PolicyDocumentFormat<OutreachPolicy> Format = OutreachPolicyDocument.Format;

    [Fact]
    public void Figures_out_of_range_are_refused_in_the_version_that_holds_them()
    {
        var document = Default();
        var second = document["versions"]![0]!.DeepClone();
        second["label"] = "county-2027";
        second["effectiveFrom"] = "2027-01-01";
        second["figures"]!["minimumHouseholdsPerCadre"] = 0;
        second["figures"]!["minimumVisitsPerYear"] = OutreachPolicy.MaxVisitsPerYear + 1;
        document["versions"]!.AsArray().Add(second);

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        Assert.Equal(
            [
                ("$.versions[1].figures.minimumHouseholdsPerCadre", OutreachErrorCodes.PolicyOutOfRange),
                ("$.versions[1].figures.minimumVisitsPerYear", OutreachErrorCodes.PolicyTooLarge),
            ],
            error.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Order());
    }

    [Fact]
    public void A_switch_written_as_text_a_number_or_null_is_malformed()
    {
        var document = Default();
        var figures = document["versions"]![0]!["figures"]!;
        figures["visitInEachHalf"] = "true";
        figures["requireHouseholdConfirmation"] = null;

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        Assert.Equal(
            ["$.versions[0].figures.requireHouseholdConfirmation", "$.versions[0].figures.visitInEachHalf"],
            error.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.All(error.Errors, e => Assert.Equal(PolicyErrorCodes.ValueMalformed, e.ErrorCode));
    }

    [Fact]
    public void The_switches_read_back_as_written()
    {
        var document = Default();
        var figures = document["versions"]![0]!["figures"]!;
        figures["visitInEachHalf"] = false;
        figures["minimumVisitsPerYear"] = 0;

        var policy = Format.Read(document.ToJsonString()).Versions[0].Policy;

        Assert.Equal(OutreachPolicy.Default with { VisitInEachHalf = false, MinimumVisitsPerYear = 0 }, policy);
    }

    private static JsonNode Default() => JsonNode.Parse(Format.ShippedDocument("default"))!;
}
