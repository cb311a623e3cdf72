using System.Text.Json.Nodes;
using NodaTime;
using PartyBuilding.Core.Petitions;
using PartyBuilding.Core.Policies;
using Xunit;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The petitions document: routing, diversion and calendar faults refused at their rows with the validator's codes.</summary>
public sealed class PetitionPolicyDocumentTests
{
    private static readonly PolicyDocumentFormat<PetitionPolicy> Format = PetitionPolicyDocument.Format;

    [Fact]
    public void A_routing_row_repeated_is_refused_at_that_row_and_the_gap_it_leaves_at_the_table()
    {
        // The second row (neighbour disputes, major) made a second "minor" row: a duplicate, and "major" has no row.
        var failures = Refusal(f => f["routing"]![1]!["gravity"] = "Minor");
        Assert.Equal(
            [
                (PetitionErrorCodes.RouteDuplicate, "$.versions[0].figures.routing[1]"),
                (PetitionErrorCodes.RouteMissing, "$.versions[0].figures.routing"),
            ],
            failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    [Fact]
    public void A_tier_above_the_county_and_a_falling_tier_are_refused()
    {
        var failures = Refusal(f =>
        {
            f["routing"]![2]!["tier"] = "AboveCounty";
            f["routing"]![5]!["tier"] = "Village";
        });
        Assert.Equal(
            [
                (PetitionErrorCodes.TierNotRouted, "$.versions[0].figures.routing[2]"),
                (PetitionErrorCodes.RouteMissing, "$.versions[0].figures.routing"),
                (PetitionErrorCodes.RouteNotMonotone, "$.versions[0].figures.routing"),
            ],
            failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    [Fact]
    public void A_category_diverted_twice_and_a_diverted_category_routed_are_refused_at_their_rows()
    {
        var failures = Refusal(f =>
        {
            f["diversions"]![1]!["category"] = "LabourDispute";
            f["routing"]![0]!["category"] = "LabourDispute";
        });
        Assert.Contains((PetitionErrorCodes.RouteDuplicate, "$.versions[0].figures.diversions[1]"), failures.Select(e => (e.ErrorCode, e.PropertyName)));
        Assert.Contains((PetitionErrorCodes.RouteConflict, "$.versions[0].figures.routing[0]"), failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    [Fact]
    public void Unknown_names_and_numbers_in_the_tables_are_refused_as_malformed_each_at_its_cell()
    {
        var failures = Refusal(f =>
        {
            f["routing"]![0]!["category"] = "Weather";
            f["diversions"]![3]!["procedure"] = "Mediation";
            f["routing"]![5]!["tier"] = 1;
        });
        Assert.Equal(
            [
                (PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.routing[0].category"),
                (PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.routing[5].tier"),
                (PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.diversions[3].procedure"),
            ],
            failures.Select(e => (e.ErrorCode, e.PropertyName)));
    }

    [Fact]
    public void The_calendar_reads_its_dates_and_refuses_a_bad_date_at_its_index_and_a_day_in_both_lists()
    {
        var calendar = Format.Read(Edit(f =>
        {
            f["workingDays"]!["holidays"] = new JsonArray("2026-10-01", "2026-10-02");
            f["workingDays"]!["extraWorkingDays"] = new JsonArray("2026-10-10");
        })).Versions[0].Policy.WorkingDays;
        Assert.Equal([new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2)], calendar.Holidays);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 10, 10)));

        var malformed = Assert.Single(Refusal(f => f["workingDays"]!["holidays"] = new JsonArray("2026-10-01", "2026-02-30")));
        Assert.Equal((PolicyErrorCodes.ValueMalformed, "$.versions[0].figures.workingDays.holidays[1]"), (malformed.ErrorCode, malformed.PropertyName));

        var conflict = Assert.Single(Refusal(f =>
        {
            f["workingDays"]!["holidays"] = new JsonArray("2026-10-01");
            f["workingDays"]!["extraWorkingDays"] = new JsonArray("2026-10-01");
        }));
        Assert.Equal((PetitionErrorCodes.CalendarConflict, "$.versions[0].figures.workingDays"), (conflict.ErrorCode, conflict.PropertyName));
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
