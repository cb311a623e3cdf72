using System.Text.Json.Nodes;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Policies;
using Xunit;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The governance document: both versions of the village committee law, meeting rules refused at their paths.</summary>
public sealed class GovernancePolicyDocumentTests
{
    private static readonly PolicyDocumentFormat<GovernancePolicy> Format = GovernancePolicyDocument.Format;

    [Fact]
    public void The_default_document_holds_both_versions_of_the_law_with_their_text_unescaped()
    {
        var text = Format.ShippedDocument("default");
        var set = Format.Read(text);
        Assert.Equal(["vcl-2018", "vcl-2026"], set.Versions.Select(v => v.Label));
        Assert.Equal("2026", set.InForceOn(new NodaTime.LocalDate(2026, 1, 1)).Policy.LawVersion);
        Assert.Equal("2018", set.InForceOn(new NodaTime.LocalDate(2025, 12, 31)).Policy.LawVersion);
        Assert.Contains("村民委员会组织法", text, StringComparison.Ordinal);
        Assert.Contains("\"quorum\": \">= 2/3\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_above_one_in_a_meeting_rule_of_the_second_version_is_refused_at_that_rule()
    {
        var failures = Refusal(root =>
        {
            root["versions"]![1]!["figures"]!["membersMeeting"]!["quorum"] = "> 3/2";
            root["versions"]![1]!["figures"]!["representativesMeeting"]!["passing"] = ">= 5/4";
        });
        Assert.Equal(
            [
                (GovernanceErrorCodes.PolicyRatioAboveOne, "$.versions[1].figures.membersMeeting.quorum"),
                (GovernanceErrorCodes.PolicyRatioAboveOne, "$.versions[1].figures.representativesMeeting.passing"),
            ],
            failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    [Fact]
    public void An_empty_source_note_and_a_negative_sum_are_refused_in_the_version_that_holds_them()
    {
        var failures = Refusal(root =>
        {
            root["versions"]![0]!["figures"]!["jointSignatureThreshold"] = -0.01m;
            root["versions"]![1]!["figures"]!["sourceNote"] = string.Empty;
        });
        Assert.Equal(
            [
                (GovernanceErrorCodes.PolicyNegative, "$.versions[0].figures.jointSignatureThreshold"),
                (GovernanceErrorCodes.PolicyTextEmpty, "$.versions[1].figures.sourceNote"),
            ],
            failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    [Fact]
    public void A_meeting_rule_missing_a_figure_or_carrying_an_unknown_one_is_refused_by_the_structure()
    {
        var failures = Refusal(root =>
        {
            root["versions"]![0]!["figures"]!["committeeMeeting"]!.AsObject().Remove("passingCountsDue");
            root["versions"]![1]!["figures"]!["jointMeeting"]!["quorumOfHouseholds"] = ">= 2/3";
        });
        Assert.Equal(
            [
                (PolicyErrorCodes.PropertyMissing, "$.versions[0].figures.committeeMeeting.passingCountsDue"),
                (PolicyErrorCodes.PropertyUnknown, "$.versions[1].figures.jointMeeting.quorumOfHouseholds"),
            ],
            failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    [Fact]
    public void Two_versions_under_one_label_or_from_one_date_are_refused_at_the_second()
    {
        var failures = Refusal(root =>
        {
            root["versions"]![1]!["label"] = "vcl-2018";
            root["versions"]![1]!["effectiveFrom"] = "2018-12-29";
        });
        Assert.Equal(
            [
                (CommonErrorCodes.PolicyVersionDuplicate, "$.versions[1].label"),
                (CommonErrorCodes.PolicyEffectiveDateDuplicate, "$.versions[1].effectiveFrom"),
            ],
            failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    private static IReadOnlyList<FluentValidation.Results.ValidationFailure> Refusal(Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(Format.ShippedDocument("default"))!;
        edit(root);
        return [.. Assert.Throws<InvalidInputException>(() => Format.Read(root.ToJsonString())).Errors];
    }
}
