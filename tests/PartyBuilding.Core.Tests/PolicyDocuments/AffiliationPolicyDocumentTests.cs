using System.Text.Json.Nodes;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The affiliation policy's document: its failures by JSON path and the validator's own codes.</summary>
public sealed class AffiliationPolicyDocumentTests
{
    private static readonly PolicyDocumentFormat<AffiliationPolicy> Format = AffiliationPolicyDocument.Format;

    [Fact]
    public void A_review_interval_not_after_the_reporting_interval_is_refused_in_its_own_version()
    {
        var document = TwoVersions();
        var figures = document["versions"]![1]!["figures"]!;
        figures["reportingIntervalMonths"] = 5;
        figures["lostContactMonths"] = 5;

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("$.versions[1].figures.lostContactMonths", failure.PropertyName);
        Assert.Equal(AffiliationErrorCodes.PolicyOutOfOrder, failure.ErrorCode);
    }

    [Fact]
    public void Intervals_beyond_the_library_maximum_and_below_one_are_refused_each_at_its_path()
    {
        var document = Default();
        var figures = document["versions"]![0]!["figures"]!;
        figures["withdrawalReviewMonths"] = AffiliationPolicy.MaxIntervalMonths + 1;
        figures["minimumFullMembersForMigrantBranch"] = 0;

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        Assert.Equal(
            [
                ("$.versions[0].figures.minimumFullMembersForMigrantBranch", AffiliationErrorCodes.PolicyNotPositive),
                ("$.versions[0].figures.withdrawalReviewMonths", AffiliationErrorCodes.PolicyTooLarge),
            ],
            error.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Order());
    }

    [Fact]
    public void A_month_count_written_as_a_fraction_or_a_period_is_malformed()
    {
        var document = Default();
        var figures = document["versions"]![0]!["figures"]!;
        figures["reportingIntervalMonths"] = 1.5;
        figures["lostContactMonths"] = "P6M";

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        Assert.Equal(
            ["$.versions[0].figures.lostContactMonths", "$.versions[0].figures.reportingIntervalMonths"],
            error.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.All(error.Errors, e => Assert.Equal(PolicyErrorCodes.ValueMalformed, e.ErrorCode));
    }

    [Fact]
    public void Another_policy_s_document_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidInputException>(() => Format.Read(Core.Organizations.StructurePolicyDocument.Format.ShippedDocument("default")));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("$.policy", failure.PropertyName);
        Assert.Equal(PolicyErrorCodes.WrongPolicy, failure.ErrorCode);
    }

    [Fact]
    public void Versions_read_back_in_force_by_date_with_their_figures()
    {
        var set = Format.Read(TwoVersions().ToJsonString());

        Assert.Equal(AffiliationPolicy.Default, set.InForceOn(new NodaTime.LocalDate(2019, 12, 31)).Policy);
        Assert.Equal(AffiliationPolicy.Default with { LostContactMonths = 12 }, set.InForceOn(new NodaTime.LocalDate(2020, 1, 1)).Policy);
    }

    private static JsonNode Default() => JsonNode.Parse(Format.ShippedDocument("default"))!;

    private static JsonNode TwoVersions()
    {
        var document = Default();
        var second = document["versions"]![0]!.DeepClone();
        second["label"] = "2020 修订";
        second["effectiveFrom"] = "2020-01-01";
        second["figures"]!["lostContactMonths"] = 12;
        document["versions"]!.AsArray().Add(second);
        return document;
    }
}
