using NodaTime;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Members.Specifications;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the members' dues specifications.</summary>
public sealed class MembersSpecificationCases : ISpecificationCases
{
    private static readonly string[] MemberIds =
        [.. Enumerable.Range(0, 30).Select(i => $"m-{i:00}"), "A", "a", "B", "b", "é", "党员1", "_", "0"];

    private static readonly string[] OrganizationIds = ["org-01", "org-02", "A", "a", "村1"];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<MembersInDuesArrearsSpec, MemberDuesSummary>(
            "admission and latest month paid around both month bounds, month ends and leap days, 1 to 24 months",
            from asOf in BoundaryDates.Cutoff
            from months in Gen.Frequency((2, Gen.Constant(6)), (3, Gen.Choose(1, 24)))
            let dates = BoundaryDates.Near(Bounds(asOf, months))
            from rows in Gen.ListOf(Row(dates))
            select new Scenario<MemberDuesSummary>(new MembersInDuesArrearsSpec(asOf, months), [.. rows], $"asOf {asOf:yyyy-MM-dd}, {months} months")),

        SpecificationCase.For<MembersInDuesArrearsSpec, MemberDuesSummary>(
            "ordering edges: never paid (null) among the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(EdgeRow)
            select new Scenario<MemberDuesSummary>(new MembersInDuesArrearsSpec(BoundaryDates.Last, 6), [.. rows], "asOf 9999-12-31, 6 months")),
    ];

    /// <summary>The first days of the months the specification compares with: asOf's month less N and less N − 1.</summary>
    private static LocalDate[] Bounds(LocalDate asOf, int months)
    {
        var first = asOf.With(DateAdjusters.StartOfMonth);
        return [asOf, first.PlusMonths(-months), first.PlusMonths(1 - months), first.PlusMonths(-months).PlusDays(-1)];
    }

    private static Gen<MemberDuesSummary> EdgeRow { get; } =
        from id in OrderingEdges.Text
        from admitted in OrderingEdges.Dates
        from latest in OrderingEdges.OrNull(OrderingEdges.Dates)
        select new MemberDuesSummary { Id = new MemberId(id), AdmittedOn = admitted, LatestMonthPaid = latest };

    private static Gen<MemberDuesSummary> Row(Gen<LocalDate> dates) =>
        from id in Gen.Elements(MemberIds)
        from organization in Gen.Elements<string?>([null, .. OrganizationIds])
        from admitted in dates
        from latest in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (4, dates.Select(d => (LocalDate?)d)))
        select new MemberDuesSummary
        {
            Id = new MemberId(id),
            Organization = organization is null ? null : new OrganizationId(organization),
            AdmittedOn = admitted,
            LatestMonthPaid = latest,
        };
}
