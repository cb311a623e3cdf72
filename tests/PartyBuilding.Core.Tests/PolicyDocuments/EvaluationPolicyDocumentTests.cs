using System.Text.Json.Nodes;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The evaluation policy's document: thresholds written as a person types them, failures by JSON path and code.</summary>
public sealed class EvaluationPolicyDocumentTests
{
    private static readonly PolicyDocumentFormat<EvaluationPolicy> Format = EvaluationPolicyDocument.Format;

    [Fact]
    public void Thresholds_are_written_with_their_operator_unescaped()
    {
        var text = Format.Write(PolicySet.Of(EvaluationPolicy.Default, "2026 试行"));

        Assert.Contains("\"quorum\": \">= 2/3\"", text, StringComparison.Ordinal);
        Assert.Contains("\"warningIncompetentShare\": \"> 1/3\"", text, StringComparison.Ordinal);
        Assert.Contains("\"label\": \"2026 试行\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_adjustment_bound_looser_than_the_warning_bounds_is_refused_at_both_bounds_it_breaks()
    {
        var document = Default();
        document["versions"]![0]!["figures"]!["adjustIncompetentShare"] = "> 1/4";

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        Assert.Equal(
            ["$.versions[0].figures.ratedIncompetentShare", "$.versions[0].figures.warningIncompetentShare"],
            error.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.All(error.Errors, e => Assert.Equal(EvaluationErrorCodes.PolicyOutOfOrder, e.ErrorCode));
    }

    [Fact]
    public void A_share_above_the_whole_and_a_zero_quorum_are_refused_with_the_validator_s_code()
    {
        var document = Default();
        var figures = document["versions"]![0]!["figures"]!;
        figures["quorum"] = ">= 0/1";
        figures["minimumRecognition"] = ">= 7/5";
        figures["anonymityMinimumBallots"] = 0;

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        Assert.Equal(
            [
                ("$.versions[0].figures.anonymityMinimumBallots", EvaluationErrorCodes.PolicyAnonymityMinimum),
                ("$.versions[0].figures.minimumRecognition", EvaluationErrorCodes.PolicyShareOutOfRange),
                ("$.versions[0].figures.quorum", EvaluationErrorCodes.PolicyShareOutOfRange),
            ],
            error.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Order());
    }

    [Theory]
    [InlineData("2/3")]
    [InlineData("≥ 2/3")]
    [InlineData("=> 2/3")]
    [InlineData(">= 2/0")]
    [InlineData(">= -1/3")]
    [InlineData(">= 0.66")]
    [InlineData(">=2/3")]
    public void A_threshold_not_written_as_at_least_or_more_than_a_fraction_is_malformed(string threshold)
    {
        var document = Default();
        document["versions"]![0]!["figures"]!["quorum"] = threshold;

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("$.versions[0].figures.quorum", failure.PropertyName);
        Assert.Equal(PolicyErrorCodes.ValueMalformed, failure.ErrorCode);
    }

    [Fact]
    public void A_threshold_reads_back_in_lowest_terms_with_its_inclusiveness()
    {
        var document = Default();
        document["versions"]![0]!["figures"]!["quorum"] = "> 4/6";

        var policy = Format.Read(document.ToJsonString()).Versions[0].Policy;

        Assert.Equal(RatioThreshold.MoreThan(2, 3), policy.Quorum);
    }

    private static JsonNode Default() => JsonNode.Parse(Format.ShippedDocument("default"))!;
}
