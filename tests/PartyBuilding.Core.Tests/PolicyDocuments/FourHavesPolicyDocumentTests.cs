using System.Text.Json.Nodes;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Policies;
using Xunit;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The four-haves scorecard document: rules by kind, a province's own facts, star bands and threshold vetoes.</summary>
public sealed class FourHavesPolicyDocumentTests
{
    private static readonly PolicyDocumentFormat<FourHavesPolicy> Format = FourHavesPolicyDocument.Format;

    private static JsonNode StarTable() => JsonNode.Parse(Format.ShippedDocument("star-rated"))!;

    private static JsonObject Rule(JsonNode root, int indicator) => root["versions"]![0]!["figures"]!["indicators"]![indicator]!["rule"]!.AsObject();

    private static IReadOnlyList<(string Code, string Path)> Failures(JsonNode root) =>
        [.. Assert.Throws<InvalidInputException>(() => Format.Read(root.ToJsonString())).Errors.Select(f => (f.ErrorCode, f.PropertyName))];

    [Fact]
    public void The_star_rated_table_reads_as_the_value_it_ships_with_its_label_and_date()
    {
        var version = Format.Read(Format.ShippedDocument("star-rated")).Versions.Single();
        Assert.Equal(FourHavesPolicyDocument.StarRatedLabel, version.Label);
        Assert.Equal(new NodaTime.LocalDate(2026, 1, 1), version.EffectiveFrom);
        Assert.Equal(FourHavesPolicy.StarRated, version.Policy);
        Assert.Equal(["default", "star-rated"], Format.ShippedDocuments);
    }

    [Fact]
    public void A_rule_is_written_with_its_kind_first_and_a_province_fact_by_its_name()
    {
        var root = StarTable();
        var meetings = root["versions"]![0]!["figures"]!["indicators"]!.AsArray().Single(i => (string?)i!["key"] == "SEAT.MANAGEMENT_MEETINGS")!["rule"]!.AsObject();
        Assert.Equal("kind", meetings.First().Key);
        Assert.Equal("count", (string?)meetings["kind"]);
        Assert.Equal("ManagementMeetingsAttended", (string?)meetings["fact"]);
        Assert.DoesNotContain("maxPoints", meetings.Select(p => p.Key));
    }

    [Fact]
    public void An_unknown_kind_is_refused_at_the_rule_with_nothing_else_read_there()
    {
        var root = StarTable();
        Rule(root, 0)["kind"] = "bonus";
        Rule(root, 1)["kind"] = 3;
        Assert.Equal(
            [
                (PolicyErrorCodes.KindUnknown, "$.versions[0].figures.indicators[0].rule.kind"),
                (PolicyErrorCodes.KindUnknown, "$.versions[0].figures.indicators[1].rule.kind"),
            ],
            Failures(root));
    }

    [Fact]
    public void A_kind_after_the_figures_and_a_rule_without_a_kind_are_refused_at_the_kind()
    {
        var root = StarTable();
        var rule = Rule(root, 0);
        var kind = rule["kind"]!.GetValue<string>();
        rule.Remove("kind");
        rule["kind"] = kind;
        Rule(root, 1).Remove("kind");
        Assert.Equal(
            [
                (PolicyErrorCodes.KindNotFirst, "$.versions[0].figures.indicators[0].rule.kind"),
                (PolicyErrorCodes.PropertyMissing, "$.versions[0].figures.indicators[1].rule.kind"),
            ],
            Failures(root));
    }

    [Fact]
    public void Inside_a_rule_each_figure_of_its_kind_is_required_and_no_other_is_allowed()
    {
        var root = StarTable();
        var flag = Rule(root, 0);
        Assert.Equal("flag", (string?)flag["kind"]);
        flag.Remove("points");
        flag["cap"] = 5;
        flag["$schema"] = "x";
        Rule(root, 2)["pointsPerUnit"] = "two";
        Rule(root, 3)["kind"] = "flag";
        Assert.Equal(
            [
                (PolicyErrorCodes.PropertyUnknown, "$.versions[0].figures.indicators[0].rule.cap"),
                (PolicyErrorCodes.PropertyUnknown, "$.versions[0].figures.indicators[0].rule.$schema"),
                (PolicyErrorCodes.PropertyMissing, "$.versions[0].figures.indicators[0].rule.points"),
                (PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.indicators[2].rule.pointsPerUnit"),
                (PolicyErrorCodes.PropertyUnknown, "$.versions[0].figures.indicators[3].rule.pointsPerUnit"),
                (PolicyErrorCodes.PropertyUnknown, "$.versions[0].figures.indicators[3].rule.cap"),
                (PolicyErrorCodes.PropertyMissing, "$.versions[0].figures.indicators[3].rule.points"),
            ],
            Failures(root));
    }

    [Fact]
    public void A_schema_reference_is_allowed_at_the_top_only()
    {
        var root = StarTable();
        root["versions"]![0]!["figures"]!["$schema"] = "./four-haves.schema.json";
        Assert.Equal([(PolicyErrorCodes.PropertyUnknown, "$.versions[0].figures.$schema")], Failures(root));
    }

    [Theory]
    [InlineData("poor")]
    [InlineData("0")]
    [InlineData(" Poor")]
    [InlineData("Poor, Fair")]
    public void An_enum_is_one_of_its_names_exactly(string grade)
    {
        var root = StarTable();
        root["versions"]![0]!["figures"]!["vetoes"]![0]!["capsGradeAt"] = grade;
        Assert.Equal([(PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.vetoes[0].capsGradeAt")], Failures(root));
    }

    [Fact]
    public void An_enum_given_as_a_number_is_malformed()
    {
        var root = StarTable();
        root["versions"]![0]!["figures"]!["modelMinimumGrade"] = 2;
        Assert.Equal([(PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.modelMinimumGrade")], Failures(root));
    }

    [Fact]
    public void A_validator_failure_inside_a_band_and_a_veto_is_reported_at_its_path_with_the_validators_code()
    {
        var root = StarTable();
        root["versions"]![0]!["figures"]!["vetoes"]![2]!["figure"] = 0;
        var failures = Failures(root);
        Assert.Contains(failures, f => f.Code == FourHavesErrorCodes.PolicyVetoFigureInvalid && f.Path.StartsWith("$.versions[0].figures.vetoes[2]", StringComparison.Ordinal));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Format.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => Format.Read((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => Format.Read((System.Text.Json.JsonDocument)null!));
        Assert.Throws<ArgumentNullException>(() => Format.Write(null!));
        Assert.Throws<ArgumentNullException>(() => Format.Write(PolicySet.Of(FourHavesPolicy.Default), null!));
        Assert.Throws<ArgumentNullException>(() => Format.ShippedDocument(null!));
    }

    [Fact]
    public void A_validator_property_name_becomes_the_documents_path()
    {
        Assert.Equal("$.versions[0].figures", Format.JsonPath("$.versions[0].figures", string.Empty));
        Assert.Equal("$.versions[0].figures.gradeBands[2].minimumTotal", Format.JsonPath("$.versions[0].figures", "GradeBands[2].MinimumTotal"));
        Assert.Equal("$.versions[1].label", Format.JsonPath("$", "versions[1].Label"));
        Assert.Equal("$.indicators[0].rule.cap", Format.JsonPath("$", "Indicators[0].Rule.Cap"));
    }
}
