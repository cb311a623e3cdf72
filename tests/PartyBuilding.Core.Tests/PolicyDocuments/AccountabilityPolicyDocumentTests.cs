using System.Text.Json.Nodes;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The accountability policy's document: the ladder tables' cells by JSON path and the validator's own codes.</summary>
public sealed class AccountabilityPolicyDocumentTests
{
    private static readonly PolicyDocumentFormat<AccountabilityPolicy> Format = AccountabilityPolicyDocument.Format;

    [Fact]
    public void A_duplicate_cell_is_named_by_its_index_and_the_cell_it_displaced_as_missing_from_the_table()
    {
        var document = Default();
        var ladder = Figures(document)["cadreLadder"]!.AsArray();
        ladder[4] = ladder[3]!.DeepClone();

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        Assert.Equal(
            [
                ("$.versions[0].figures.cadreLadder", AccountabilityErrorCodes.LadderCellMissing),
                ("$.versions[0].figures.cadreLadder[4]", AccountabilityErrorCodes.LadderCellDuplicate),
            ],
            error.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Order());
    }

    [Fact]
    public void A_table_falling_as_impact_rises_is_refused_at_the_table()
    {
        var document = Default();
        var ladder = Figures(document)["organizationLadder"]!.AsArray();
        ladder[1]!["level"] = "Reorganization";

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("$.versions[0].figures.organizationLadder", failure.PropertyName);
        Assert.Equal(AccountabilityErrorCodes.LadderNotMonotone, failure.ErrorCode);
    }

    [Fact]
    public void The_cells_may_come_in_any_order()
    {
        var document = Default();
        var ladder = Figures(document)["cadreLadder"]!.AsArray();
        var reversed = ladder.Reverse().Select(c => c!.DeepClone()).ToArray();
        ladder.Clear();
        foreach (var cell in reversed)
        {
            ladder.Add(cell);
        }

        var policy = Format.Read(document.ToJsonString()).Versions[0].Policy;

        Assert.Equal(AccountabilityPolicy.Default.CadreLadder.Reverse(), policy.CadreLadder);
    }

    [Theory]
    [InlineData("Execution")]
    [InlineData("")]
    public void An_unknown_level_name_is_malformed_at_the_cell(string level)
    {
        var document = Default();
        Figures(document)["cadreLadder"]![2]!["level"] = level;

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("$.versions[0].figures.cadreLadder[2].level", failure.PropertyName);
        Assert.Equal(PolicyErrorCodes.ValueMalformed, failure.ErrorCode);
    }

    [Fact]
    public void A_null_cell_and_a_cell_without_its_impact_are_structural_failures_at_their_paths()
    {
        var document = Default();
        var ladder = Figures(document)["organizationLadder"]!.AsArray();
        ladder[0] = null;
        ladder[5]!.AsObject().Remove("impact");

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        Assert.Equal(
            [
                ("$.versions[0].figures.organizationLadder[0]", PolicyErrorCodes.ValueMalformed),
                ("$.versions[0].figures.organizationLadder[5].impact", PolicyErrorCodes.PropertyMissing),
            ],
            error.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Order());
    }

    [Fact]
    public void A_negative_step_is_refused_with_the_validator_s_code()
    {
        var document = Default();
        Figures(document)["promptRemedySteps"] = -1;

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("$.versions[0].figures.promptRemedySteps", failure.PropertyName);
        Assert.Equal(AccountabilityErrorCodes.PolicyStepNegative, failure.ErrorCode);
    }

    private static JsonNode Default() => JsonNode.Parse(Format.ShippedDocument("default"))!;

    private static JsonNode Figures(JsonNode document) => document["versions"]![0]!["figures"]!;
}
