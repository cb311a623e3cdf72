using NodaTime;
using PartyBuilding.Core.Outreach;
using PartyBuilding.Core.Outreach.Specifications;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the outreach specifications.</summary>
public sealed class OutreachSpecificationCases : ISpecificationCases
{
    private static readonly string[] HouseholdIds =
        [.. Enumerable.Range(0, 30).Select(i => $"hh-{i:00}"), "A", "a", "B", "b", "é", "农户1", "农户2", "_", "0"];

    private static readonly string[] CadreIds = ["c-01", "c-02", "c-10", "A", "a", "干部1"];

    private static readonly string[] VillageIds = ["v-01", "v-02", "V", "v", "村1"];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<HouseholdsMissingItemSpec, HouseholdOutreachSummary>(
            "every item; pairings and records around the as-of date and 1 January",
            from item in Gen.Elements(Enum.GetValues<OutreachItem>())
            from asOf in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Household(BoundaryDates.Near(asOf, new LocalDate(asOf.Year, 1, 1))))
            select new Scenario<HouseholdOutreachSummary>(new HouseholdsMissingItemSpec(item, asOf), [.. rows], $"{item} as of {asOf:uuuu-MM-dd}")),

        SpecificationCase.For<HouseholdsWithoutResponsibleCadreSpec, HouseholdOutreachSummary>(
            "pairings beginning and ending around the as-of date, never paired",
            from asOf in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Household(BoundaryDates.Near(asOf)))
            select new Scenario<HouseholdOutreachSummary>(new HouseholdsWithoutResponsibleCadreSpec(asOf), [.. rows], $"as of {asOf:uuuu-MM-dd}")),

        SpecificationCase.For<CadresBelowMinimumSpec, CadreOutreachSummary>(
            "household counts at the minimum of default and random policies",
            from minimum in Gen.Frequency((1, Gen.Constant(2)), (2, Gen.Choose(1, 10)))
            from rows in Gen.ListOf(
                from id in Gen.Elements(CadreIds)
                from organization in Gen.Elements<string?>([null, .. VillageIds])
                from households in Gen.Frequency((3, Gen.Choose(Math.Max(0, minimum - 2), minimum + 2)), (1, Gen.Choose(0, 1000)))
                select new CadreOutreachSummary
                {
                    Id = new CadreId(id),
                    Organization = organization is null ? null : new OrganizationId(organization),
                    Households = households,
                })
            select new Scenario<CadreOutreachSummary>(new CadresBelowMinimumSpec(new OutreachPolicy { MinimumHouseholdsPerCadre = minimum }), [.. rows], $"minimum {minimum}")),

        SpecificationCase.For<HouseholdsMissingItemSpec, HouseholdOutreachSummary>(
            "ordering edges: ids in case and accent variants, the first and last storable dates, nulls",
            from item in Gen.Elements(Enum.GetValues<OutreachItem>())
            from rows in Gen.ListOf(
                from id in OrderingEdges.Text
                from village in OrderingEdges.Text
                from dates in Gen.ArrayOf(OrderingEdges.OrNull(OrderingEdges.Dates), 8)
                select new HouseholdOutreachSummary
                {
                    Id = new HouseholdId(id),
                    Village = new OrganizationId(village),
                    Cadre = dates[0] is null ? null : new CadreId(id),
                    PairedSince = dates[0],
                    PairedUntil = dates[1],
                    ArchiveOn = dates[2],
                    ContactCardOn = dates[3],
                    PolicyPromotedOn = dates[4],
                    ProblemSolvedOn = dates[5],
                    WayToProsperityOn = dates[6],
                    GoodDeedOn = dates[7],
                })
            select new Scenario<HouseholdOutreachSummary>(new HouseholdsMissingItemSpec(item, BoundaryDates.Last), [.. rows], $"{item} as of 9999-12-31")),

        SpecificationCase.For<CadresBelowMinimumSpec, CadreOutreachSummary>(
            "ordering edges: ids in case and accent variants, counts at the integer ends",
            from rows in Gen.ListOf(
                from id in OrderingEdges.Text
                from households in OrderingEdges.Ints
                select new CadreOutreachSummary { Id = new CadreId(id), Households = households })
            select new Scenario<CadreOutreachSummary>(new CadresBelowMinimumSpec(OutreachPolicy.Default), [.. rows], "default policy")),
    ];

    private static Gen<HouseholdOutreachSummary> Household(Gen<LocalDate> dates)
    {
        var optional = Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (4, dates.Select(d => (LocalDate?)d)));
        return from id in Gen.Elements(HouseholdIds)
               from village in Gen.Elements(VillageIds)
               from cadre in Gen.Elements<string?>([null, .. CadreIds])
               from since in dates
               from until in optional
               from items in Gen.ArrayOf(optional, 6)
               select new HouseholdOutreachSummary
               {
                   Id = new HouseholdId(id),
                   Village = new OrganizationId(village),
                   Cadre = cadre is null ? null : new CadreId(cadre),
                   PairedSince = cadre is null ? null : since,
                   PairedUntil = cadre is null ? null : until,
                   ArchiveOn = items[0],
                   ContactCardOn = items[1],
                   PolicyPromotedOn = items[2],
                   ProblemSolvedOn = items[3],
                   WayToProsperityOn = items[4],
                   GoodDeedOn = items[5],
               };
    }
}
