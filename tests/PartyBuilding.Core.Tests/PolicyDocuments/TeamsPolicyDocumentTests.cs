using System.Text.Json.Nodes;
using PartyBuilding.Core.Policies;
using PartyBuilding.Core.Teams;
using Xunit;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The teams document: thresholds and shares written readably and refused at their paths with the validator's codes.</summary>
public sealed class TeamsPolicyDocumentTests
{
    private static readonly PolicyDocumentFormat<TeamsPolicy> Format = TeamsPolicyDocument.Format;

    [Fact]
    public void Thresholds_and_shares_are_written_as_a_person_reads_them()
    {
        var figures = JsonNode.Parse(Format.ShippedDocument("default"))!["versions"]![0]!["figures"]!;
        Assert.Equal(">= 4/5", figures["meetingsHeldAtLeast"]!.GetValue<string>());
        Assert.Equal("1/20", figures["reviewShare"]!.GetValue<string>());
        Assert.Contains("\"meetingsHeldAtLeast\": \">= 4/5\"", Format.ShippedDocument("default"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_above_one_a_zero_review_share_and_a_late_progress_check_are_refused_at_their_paths()
    {
        var failures = Refusal(f =>
        {
            f["satisfactionAtLeast"] = "> 6/5";
            f["reviewShare"] = "0/7";
            f["progressCheckMonths"] = 13;
        });
        Assert.Equal(
            [
                (TeamsErrorCodes.PolicyOutOfRange, "$.versions[0].figures.progressCheckMonths"),
                (TeamsErrorCodes.ShareAboveOne, "$.versions[0].figures.satisfactionAtLeast"),
                (TeamsErrorCodes.PolicyOutOfRange, "$.versions[0].figures.reviewShare"),
            ],
            failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    [Fact]
    public void A_threshold_written_as_a_percentage_or_a_share_with_a_zero_denominator_is_refused_as_malformed()
    {
        var failures = Refusal(f =>
        {
            f["meetingsHeldAtLeast"] = "80%";
            f["reviewShare"] = "1/0";
        });
        Assert.Equal(
            [
                (PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.meetingsHeldAtLeast"),
                (PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.reviewShare"),
            ],
            failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    [Fact]
    public void A_threshold_reads_back_inclusive_or_strict_as_written()
    {
        var policy = Format.Read(Edit(f => f["meetingsHeldAtLeast"] = "> 2/3")).Versions[0].Policy;
        Assert.Equal(RatioThreshold.MoreThan(2, 3), policy.MeetingsHeldAtLeast);
        Assert.False(policy.MeetingsHeldAtLeast.IsMetBy(2, 3));
    }

    private static string Edit(Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(Format.ShippedDocument("default"))!;
        edit(root["versions"]![0]!["figures"]!);
        return root.ToJsonString();
    }

    private static IReadOnlyList<FluentValidation.Results.ValidationFailure> Refusal(Action<JsonNode> edit) =>
        [.. Assert.Throws<InvalidInputException>(() => Format.Read(Edit(edit))).Errors];
}
