using NodaTime;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Governance.Specifications;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the governance specifications.</summary>
public sealed class GovernanceSpecificationCases : ISpecificationCases
{
    private static readonly string[] Ids = [.. Enumerable.Range(0, 30).Select(i => $"g-{i:00}"), "A", "a", "B", "b", "Z", "é", "村务1", "_", "0"];

    private static readonly string[] Villages = ["V-01", "V-02", "V-10", "A", "a", "村1"];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<ProceduresNotCompliantSpec, ProcedureSummary>(
            "compliant and not, every failing step and none, both levels",
            from rows in Gen.ListOf(Procedure(BoundaryDates.Any))
            select new Scenario<ProcedureSummary>(new ProceduresNotCompliantSpec(), [.. rows], "none")),

        SpecificationCase.For<ProceduresNotCompliantSpec, ProcedureSummary>(
            "ordering edges: ids in case and accent variants, decision dates at the storable ends",
            from rows in Gen.ListOf(Procedure(OrderingEdges.Dates, OrderingEdges.Text))
            select new Scenario<ProcedureSummary>(new ProceduresNotCompliantSpec(), [.. rows], "none")),

        SpecificationCase.For<DisclosuresOverdueSpec, DisclosureSummary>(
            "disclosures around each category's cutoff, month ends and leap days, default and random policies",
            from asOf in BoundaryDates.Cutoff
            from policy in Policy
            let dates = BoundaryDates.Near(Cutoffs(asOf, policy))
            from rows in Gen.ListOf(Disclosure(dates))
            select new Scenario<DisclosureSummary>(new DisclosuresOverdueSpec(asOf, policy), [.. rows], Describe(asOf, policy))),

        SpecificationCase.For<DisclosuresOverdueSpec, DisclosureSummary>(
            "ordering edges: villages and ids in case and accent variants, dates null and at the storable ends",
            from rows in Gen.ListOf(Disclosure(OrderingEdges.Dates, OrderingEdges.Text))
            select new Scenario<DisclosureSummary>(new DisclosuresOverdueSpec(BoundaryDates.Last, GovernancePolicy.Default), [.. rows], "asOf 9999-12-31, default policy")),

        SpecificationCase.For<AuditsOverdueSpec, AuditSummary>(
            "audits around the yearly cutoff and election days, month ends and leap days, default and random policies",
            from asOf in BoundaryDates.Cutoff
            from policy in Policy
            let dates = BoundaryDates.Near(Cutoffs(asOf, policy))
            from rows in Gen.ListOf(Audit(dates))
            select new Scenario<AuditSummary>(new AuditsOverdueSpec(asOf, policy), [.. rows], Describe(asOf, policy))),

        SpecificationCase.For<AuditsDueSpec, AuditSummary>(
            "audits around both ends of the period and the days after, month ends and leap days, default and random policies",
            from start in BoundaryDates.Cutoff
            from length in Gen.Elements(0, 1, 29, 30, 91, 365)
            let end = start.PlusDays(length)
            from policy in Policy
            let dates = BoundaryDates.Near([.. Cutoffs(start, policy), .. Cutoffs(end, policy), end.PlusDays(1)])
            from rows in Gen.ListOf(Audit(dates))
            select new Scenario<AuditSummary>(new AuditsDueSpec(start, end, policy), [.. rows], $"from {start:uuuu-MM-dd} to {end:uuuu-MM-dd}, audits every {policy.FinanceAuditMonths} months")),

        SpecificationCase.For<AuditsDueSpec, AuditSummary>(
            "ordering edges: the storable range less the first year as the period (its lower bound, a year back, is the first storable date), ids in case and accent variants",
            from rows in Gen.ListOf(Audit(OrderingEdges.Dates, OrderingEdges.Text))
            select new Scenario<AuditSummary>(new AuditsDueSpec(BoundaryDates.First.PlusYears(1), BoundaryDates.Last, GovernancePolicy.Default), [.. rows], "from 0002-01-01 to 9999-12-31")),
    ];

    private static Gen<LocalDate?> Optional(Gen<LocalDate> dates) =>
        Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (3, dates.Select(d => (LocalDate?)d)));

    private static Gen<ProcedureSummary> Procedure(Gen<LocalDate> dates, Gen<string>? text = null) =>
        from id in text ?? Gen.Elements(Ids)
        from village in text ?? Gen.Elements(Villages)
        from level in Gen.Elements(Enum.GetValues<GovernanceLevel>())
        from compliant in Gen.Elements(false, true)
        from step in Gen.Elements<DeliberationStep?>([null, .. Enum.GetValues<DeliberationStep>()])
        from decidedOn in dates
        select new ProcedureSummary
        {
            Id = new MatterId(id),
            Organization = new OrganizationId(village),
            Level = level,
            Compliant = compliant,
            FirstFailingStep = compliant ? null : step,
            DecidedOn = decidedOn,
        };

    private static Gen<DisclosureSummary> Disclosure(Gen<LocalDate> dates, Gen<string>? text = null) =>
        from id in text ?? Gen.Elements(Ids)
        from village in text ?? Gen.Elements(Villages)
        from category in Gen.Elements(Enum.GetValues<DisclosureCategory>())
        from monthly in Gen.Elements(false, true)
        from since in dates
        from last in Optional(dates)
        select new DisclosureSummary
        {
            Id = new DisclosureId(id),
            Village = new OrganizationId(village),
            Category = category,
            MonthlyFinance = monthly,
            Since = since,
            LastDisclosedOn = last,
        };

    private static Gen<AuditSummary> Audit(Gen<LocalDate> dates, Gen<string>? text = null) =>
        from id in text ?? Gen.Elements(Ids)
        from village in text ?? Gen.Elements(Villages)
        from kind in Gen.Elements(Enum.GetValues<AuditKind>())
        from since in dates
        from done in Optional(dates)
        from election in Optional(dates)
        select new AuditSummary
        {
            Id = new AuditId(id),
            Village = new OrganizationId(village),
            Kind = kind,
            Since = since,
            LastDoneOn = done,
            NextElectionOn = election,
        };

    /// <summary>The bounds the specifications compute from <paramref name="asOf"/>: each interval back, and the day itself.</summary>
    private static LocalDate[] Cutoffs(LocalDate asOf, GovernancePolicy policy) =>
    [
        asOf,
        asOf.Minus(Period.FromMonths(policy.GeneralDisclosureMonths)),
        asOf.Minus(Period.FromMonths(policy.FinanceDisclosureMonths)),
        asOf.Minus(Period.FromMonths(policy.FinanceAuditMonths)),
        asOf.PlusDays(-policy.MajorMatterDisclosureDays),
    ];

    private static Gen<GovernancePolicy> Policy { get; } = Gen.Frequency(
        (1, Gen.Constant(GovernancePolicy.Default)),
        (2,
            from general in Gen.Choose(1, 24)
            from finance in Gen.Choose(1, 12)
            from audit in Gen.Choose(1, 36)
            from days in Gen.Choose(0, 30)
            select GovernancePolicy.Default with
            {
                GeneralDisclosureMonths = general,
                FinanceDisclosureMonths = finance,
                FinanceAuditMonths = audit,
                MajorMatterDisclosureDays = days,
            }));

    private static string Describe(LocalDate asOf, GovernancePolicy p) =>
        $"asOf {asOf:uuuu-MM-dd}, general {p.GeneralDisclosureMonths} months, finance {p.FinanceDisclosureMonths} months, major {p.MajorMatterDisclosureDays} days, audit {p.FinanceAuditMonths} months";
}
