using NodaTime;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Specifications;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the affiliation specifications.</summary>
public sealed class AffiliationSpecificationCases : ISpecificationCases
{
    private static readonly string[] MemberIds =
        [.. Enumerable.Range(0, 30).Select(i => $"m-{i:00}"), "A", "a", "B", "b", "Z", "é", "党员1", "党员2", "_", "0"];

    private static readonly string[] OrganizationIds = ["org-01", "org-02", "org-10", "A", "a", "村1"];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<MobileMembersOverdueForReportSpec, MobileMemberSummary>(
            "reports around the cutoff, month ends and leap days, default and random policies",
            from asOf in BoundaryDates.Cutoff
            from policy in Policy
            let dates = BoundaryDates.Near(Cutoffs(asOf, policy))
            from rows in Gen.ListOf(Row(dates))
            select new Scenario<MobileMemberSummary>(new MobileMembersOverdueForReportSpec(asOf, policy), [.. rows], Describe(asOf, policy))),

        SpecificationCase.For<MobileMembersLostContactSpec, MobileMemberSummary>(
            "contacts around the lost-contact cutoff, month ends and leap days, default and random policies",
            from asOf in BoundaryDates.Cutoff
            from policy in Policy
            let dates = BoundaryDates.Near(Cutoffs(asOf, policy))
            from rows in Gen.ListOf(Row(dates))
            select new Scenario<MobileMemberSummary>(new MobileMembersLostContactSpec(asOf, policy), [.. rows], Describe(asOf, policy))),

        SpecificationCase.For<MobileMembersForWithdrawalReviewSpec, MobileMemberSummary>(
            "life, dues and work around both cutoffs, month ends and leap days, default and random policies",
            from asOf in BoundaryDates.Cutoff
            from policy in Policy
            let dates = BoundaryDates.Near(Cutoffs(asOf, policy))
            from rows in Gen.ListOf(Row(dates))
            select new Scenario<MobileMemberSummary>(new MobileMembersForWithdrawalReviewSpec(asOf, policy), [.. rows], Describe(asOf, policy))),

        SpecificationCase.For<MobileMembersFlaggedForReviewSpec, MobileMemberSummary>(
            "lost contact or withdrawal review around both cutoffs, month ends and leap days, default and random policies",
            from asOf in BoundaryDates.Cutoff
            from policy in Policy
            let dates = BoundaryDates.Near(Cutoffs(asOf, policy))
            from rows in Gen.ListOf(Row(dates))
            select new Scenario<MobileMemberSummary>(new MobileMembersFlaggedForReviewSpec(asOf, policy), [.. rows], Describe(asOf, policy))),

        SpecificationCase.For<MobileMembersOfOrganizationSpec, MobileMemberSummary>(
            "one organization among a few, with unassigned members",
            from organization in Gen.Elements(OrganizationIds)
            from rows in Gen.ListOf(Row(BoundaryDates.Any))
            select new Scenario<MobileMemberSummary>(new MobileMembersOfOrganizationSpec(new OrganizationId(organization)), [.. rows], $"organization {organization}")),

        SpecificationCase.For<MobileMembersWithoutOrganizationSpec, MobileMemberSummary>(
            "assigned and unassigned members",
            from rows in Gen.ListOf(Row(BoundaryDates.Any))
            select new Scenario<MobileMemberSummary>(new MobileMembersWithoutOrganizationSpec(), [.. rows], "none")),

        SpecificationCase.For<MobileMembersOverdueForReportSpec, MobileMemberSummary>(
            "ordering edges: never reported (null) among the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(EdgeRow)
            select new Scenario<MobileMemberSummary>(
                new MobileMembersOverdueForReportSpec(BoundaryDates.Last, AffiliationPolicy.Default), [.. rows], "asOf 9999-12-31, default policy")),

        SpecificationCase.For<MobileMembersLostContactSpec, MobileMemberSummary>(
            "ordering edges: never contacted (null) among the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(EdgeRow)
            select new Scenario<MobileMemberSummary>(
                new MobileMembersLostContactSpec(BoundaryDates.Last, AffiliationPolicy.Default), [.. rows], "asOf 9999-12-31, default policy")),
    ];

    /// <summary>A row with ordering edges (<see cref="OrderingEdges"/>) in every key: ids in case and accent variants, dates often null, the first and last storable dates.</summary>
    private static Gen<MobileMemberSummary> EdgeRow { get; } =
        from id in OrderingEdges.Text
        from monitoredSince in OrderingEdges.Dates
        from dates in Gen.ArrayOf(OrderingEdges.OrNull(OrderingEdges.Dates), 5)
        select new MobileMemberSummary
        {
            Id = new MemberId(id),
            Status = MembershipStatus.Full,
            MonitoredSince = monitoredSince,
            LastReportOn = dates[0],
            LastContactOn = dates[1],
            LastOrganizationalLifeOn = dates[2],
            LastDuesPaidOn = dates[3],
            LastAssignedWorkOn = dates[4],
        };

    /// <summary>The bounds the specifications compute: asOf less each interval of <paramref name="policy"/>, and asOf itself.</summary>
    private static LocalDate[] Cutoffs(LocalDate asOf, AffiliationPolicy policy) =>
    [
        asOf,
        asOf.Minus(Period.FromMonths(policy.ReportingIntervalMonths)),
        asOf.Minus(Period.FromMonths(policy.LostContactMonths)),
        asOf.Minus(Period.FromMonths(policy.WithdrawalReviewMonths)),
        asOf.With(DateAdjusters.StartOfMonth).Minus(Period.FromMonths(policy.WithdrawalReviewMonths)), // dues count calendar months
        asOf.With(DateAdjusters.StartOfMonth).Minus(Period.FromMonths(policy.WithdrawalReviewMonths - 1)),
    ];

    private static Gen<MobileMemberSummary> Row(Gen<LocalDate> dates)
    {
        var optional = Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (4, dates.Select(d => (LocalDate?)d)));
        return from id in Gen.Elements(MemberIds)
               from status in Gen.Elements(Enum.GetValues<MembershipStatus>())
               from area in Gen.Elements<string?>(null, "110101", "310115")
               from organization in Gen.Elements<string?>([null, .. OrganizationIds])
               from mode in Gen.Elements<ManagementMode?>([null, .. Enum.GetValues<ManagementMode>()])
               from monitoredSince in dates
               from report in optional
               from contact in optional
               from life in optional
               from dues in optional
               from work in optional
               select new MobileMemberSummary
               {
                   Id = new MemberId(id),
                   Status = status,
                   ResidenceAreaCode = area,
                   Organization = organization is null ? null : new OrganizationId(organization),
                   Mode = organization is null ? null : mode,
                   MonitoredSince = monitoredSince,
                   LastReportOn = report,
                   LastContactOn = contact,
                   LastOrganizationalLifeOn = life,
                   LastDuesPaidOn = dues,
                   LastAssignedWorkOn = work,
               };
    }

    private static Gen<AffiliationPolicy> Policy { get; } = Gen.Frequency(
        (1, Gen.Constant(AffiliationPolicy.Default)),
        (2,
            from reporting in Gen.Choose(1, 24)
            from lostStep in Gen.Choose(1, 24)
            from withdrawalStep in Gen.Choose(1, 24)
            select new AffiliationPolicy
            {
                ReportingIntervalMonths = reporting,
                LostContactMonths = reporting + lostStep,
                WithdrawalReviewMonths = reporting + withdrawalStep,
            }));

    private static string Describe(LocalDate asOf, AffiliationPolicy p) =>
        $"asOf {asOf:uuuu-MM-dd}, reporting {p.ReportingIntervalMonths} months, lost contact {p.LostContactMonths} months, withdrawal review {p.WithdrawalReviewMonths} months";
}
