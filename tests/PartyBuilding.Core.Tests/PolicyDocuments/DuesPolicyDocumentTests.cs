using System.Text.Json.Nodes;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Policies;
using Xunit;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The dues document: bracket rows refused at their own paths with the validator's codes, decimals kept as written.</summary>
public sealed class DuesPolicyDocumentTests
{
    private static readonly PolicyDocumentFormat<DuesPolicy> Format = DuesPolicyDocument.Format;

    [Fact]
    public void A_falling_rate_in_a_bracket_row_is_refused_at_that_row()
    {
        var failures = Refusal(f => f["retiredBrackets"]![1]!["rate"] = 0.001m);
        var failure = Assert.Single(failures);
        Assert.Equal(MembersErrorCodes.PolicyRatesFalling, failure.ErrorCode);
        Assert.Equal("$.versions[0].figures.retiredBrackets[1].rate", failure.PropertyName);
    }

    [Fact]
    public void A_bound_not_in_whole_fen_and_an_open_bound_below_the_top_are_refused_at_their_rows()
    {
        var failures = Refusal(f =>
        {
            f["employedBrackets"]![0]!["upTo"] = 3000.001m;
            f["employedBrackets"]![2]!["upTo"] = null;
        });
        Assert.Equal(
            [
                (MembersErrorCodes.PolicyBoundNotInFen, "$.versions[0].figures.employedBrackets[0].upTo"),
                (MembersErrorCodes.PolicyBracketsOutOfOrder, "$.versions[0].figures.employedBrackets[2].upTo"),
            ],
            failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    [Fact]
    public void A_rounding_by_an_unknown_name_is_refused_as_malformed()
    {
        var failure = Assert.Single(Refusal(f => f["rounding"] = "HalfUp"));
        Assert.Equal(PolicyErrorCodes.ValueMalformed, failure.ErrorCode);
        Assert.Equal("$.versions[0].figures.rounding", failure.PropertyName);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"1\"")]
    public void A_rounding_by_its_number_is_refused_as_the_schema_refuses_it(string number)
    {
        var failure = Assert.Single(Refusal(f => f["rounding"] = JsonNode.Parse(number)));
        Assert.Equal(PolicyErrorCodes.ValueMalformed, failure.ErrorCode);
        Assert.Equal("$.versions[0].figures.rounding", failure.PropertyName);
    }

    [Fact]
    public void An_empty_bracket_table_is_refused_at_the_table()
    {
        var failure = Assert.Single(Refusal(f => f["employedBrackets"] = new JsonArray()));
        Assert.Equal(MembersErrorCodes.PolicyBracketsEmpty, failure.ErrorCode);
        Assert.Equal("$.versions[0].figures.employedBrackets", failure.PropertyName);
    }

    [Fact]
    public void Sums_and_rates_read_as_the_decimals_written()
    {
        var text = Edit(f =>
        {
            f["farmerMonthlySum"] = 0.50m;
            f["employedBrackets"]![0]!["rate"] = 0.0050m;
            f["rounding"] = "ToEven";
        });
        var policy = Format.Read(text).Versions[0].Policy;
        Assert.Equal("0.50", policy.FarmerMonthlySum.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.005m, policy.EmployedBrackets[0].Rate);
        Assert.Equal(MidpointRounding.ToEven, policy.Rounding);
        Assert.Equal(3000m, policy.EmployedBrackets[0].UpTo);
        Assert.Null(policy.EmployedBrackets[^1].UpTo);
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
