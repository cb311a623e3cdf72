using NodaTime;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Governance.Specifications;

namespace PartyBuilding.Core.Tests.Governance;

public sealed class VillageAffairsMonitorTests
{
    private static readonly VillageAffairsMonitor Monitor = new(GovernancePolicy.Versions);
    private static readonly LocalDate AsOf = new(2026, 6, 30);
    private static readonly OrganizationId Village = new("V1");

    private static DisclosureSummary Disclosure(string id, DisclosureCategory category, LocalDate since, LocalDate? last = null, bool monthly = false) =>
        new() { Id = new DisclosureId(id), Village = Village, Category = category, Since = since, LastDisclosedOn = last, MonthlyFinance = monthly };

    private static AuditSummary Audit(string id, AuditKind kind, LocalDate since, LocalDate? done = null, LocalDate? election = null) =>
        new() { Id = new AuditId(id), Village = Village, Kind = kind, Since = since, LastDoneOn = done, NextElectionOn = election };

    [Fact]
    public void General_items_are_due_quarterly_finances_monthly_where_set_and_major_matters_within_five_days()
    {
        DisclosureSummary[] items =
        [
            Disclosure("g-on-time", DisclosureCategory.General, new LocalDate(2025, 1, 1), new LocalDate(2026, 3, 30)),  // asOf − 3 months
            Disclosure("g-late", DisclosureCategory.General, new LocalDate(2025, 1, 1), new LocalDate(2026, 3, 29)),
            Disclosure("g-never", DisclosureCategory.General, new LocalDate(2026, 3, 29)),
            Disclosure("f-monthly-on-time", DisclosureCategory.Finance, new LocalDate(2025, 1, 1), new LocalDate(2026, 5, 30), monthly: true),
            Disclosure("f-monthly-late", DisclosureCategory.Finance, new LocalDate(2025, 1, 1), new LocalDate(2026, 5, 29), monthly: true),
            Disclosure("f-quarterly", DisclosureCategory.Finance, new LocalDate(2025, 1, 1), new LocalDate(2026, 5, 29)),
            Disclosure("m-day-five", DisclosureCategory.MajorMatter, new LocalDate(2026, 6, 25)),
            Disclosure("m-day-six", DisclosureCategory.MajorMatter, new LocalDate(2026, 6, 24)),
            Disclosure("m-disclosed-late", DisclosureCategory.MajorMatter, new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 1)),
        ];

        var report = Monitor.OverdueDisclosures(items, AsOf);

        Assert.Equal(["f-monthly-late", "g-late", "g-never", "m-day-six"], report.Findings.Select(f => f.Item));
        Assert.Equal(
            [GovernanceReasonCodes.FinanceDisclosureOverdue, GovernanceReasonCodes.GeneralDisclosureOverdue, GovernanceReasonCodes.GeneralDisclosureOverdue, GovernanceReasonCodes.MajorMatterDisclosureOverdue],
            report.Findings.Select(f => f.Reason.Code));
        Assert.Equal("vcl-2026", report.PolicyLabel);
        Assert.Equal(report.Findings.Select(f => f.Item), new DisclosuresOverdueSpec(AsOf, GovernancePolicy.Amended2026).Evaluate(items).Select(d => d.Id.Value));
    }

    [Fact]
    public void Finances_are_audited_yearly_and_departure_results_published_before_the_election()
    {
        AuditSummary[] audits =
        [
            Audit("fin-on-time", AuditKind.Finance, new LocalDate(2024, 1, 1), new LocalDate(2025, 6, 30)),
            Audit("fin-late", AuditKind.Finance, new LocalDate(2024, 1, 1), new LocalDate(2025, 6, 29)),
            Audit("dep-election-tomorrow", AuditKind.Departure, new LocalDate(2026, 1, 1), election: new LocalDate(2026, 7, 1)),
            Audit("dep-election-today", AuditKind.Departure, new LocalDate(2026, 1, 1), election: new LocalDate(2026, 6, 30)),
            Audit("dep-published", AuditKind.Departure, new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 30)),
            Audit("tenure-no-election", AuditKind.Tenure, new LocalDate(2020, 1, 1)),
        ];

        var report = Monitor.OverdueAudits(audits, AsOf);

        Assert.Equal(["dep-election-today", "fin-late"], report.Findings.Select(f => f.Item));
        Assert.Equal([GovernanceReasonCodes.ElectionAuditNotPublished, GovernanceReasonCodes.FinanceAuditOverdue], report.Findings.Select(f => f.Reason.Code));
        Assert.Equal(35, report.Findings.Single(f => f.Item == "dep-election-today").Reason.Arguments[3]);
    }

    [Fact]
    public void Audits_due_in_a_period_are_those_whose_last_day_on_time_falls_in_it()
    {
        AuditSummary[] audits =
        [
            Audit("fin-first-day", AuditKind.Finance, new LocalDate(2024, 1, 1), new LocalDate(2025, 7, 1)),
            Audit("fin-last-day", AuditKind.Finance, new LocalDate(2024, 1, 1), new LocalDate(2025, 9, 30)),
            Audit("fin-before", AuditKind.Finance, new LocalDate(2024, 1, 1), new LocalDate(2025, 6, 30)),
            Audit("fin-after", AuditKind.Finance, new LocalDate(2024, 1, 1), new LocalDate(2025, 10, 1)),
            Audit("dep-election-oct-1", AuditKind.Departure, new LocalDate(2026, 1, 1), election: new LocalDate(2026, 10, 1)),
            Audit("dep-election-oct-2", AuditKind.Departure, new LocalDate(2026, 1, 1), election: new LocalDate(2026, 10, 2)),
            Audit("dep-election-jul-1", AuditKind.Departure, new LocalDate(2026, 1, 1), election: new LocalDate(2026, 7, 1)),
        ];

        var due = new AuditsDueSpec(new LocalDate(2026, 7, 1), new LocalDate(2026, 9, 30), GovernancePolicy.Default).Evaluate(audits).Select(a => a.Id.Value);

        Assert.Equal(["dep-election-oct-1", "fin-first-day", "fin-last-day"], due.Order(StringComparer.Ordinal));
        var error = Assert.Throws<InvalidInputException>(() => new AuditsDueSpec(new LocalDate(2026, 7, 2), new LocalDate(2026, 7, 1), GovernancePolicy.Default));
        Assert.Equal(GovernanceErrorCodes.PeriodOutOfOrder, Assert.Single(error.Errors).ErrorCode);
    }

    [Fact]
    public void Procedures_not_compliant_come_township_first_then_by_failing_step()
    {
        ProcedureSummary Row(string id, bool compliant, DeliberationStep? step, GovernanceLevel level = GovernanceLevel.Village) =>
            new() { Id = new MatterId(id), Organization = Village, Level = level, Compliant = compliant, FirstFailingStep = step, DecidedOn = AsOf };

        ProcedureSummary[] rows = [Row("a", true, null), Row("b", false, DeliberationStep.ResultDisclosure), Row("c", false, null, GovernanceLevel.Township), Row("d", false, DeliberationStep.BranchProposal)];

        Assert.Equal(["c", "d", "b"], new ProceduresNotCompliantSpec().Evaluate(rows).Select(r => r.Id.Value));
    }
}
