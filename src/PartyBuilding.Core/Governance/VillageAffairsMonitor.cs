using NodaTime;
using PartyBuilding.Core.Governance.Specifications;
using PartyBuilding.Core.Governance.Validation;

namespace PartyBuilding.Core.Governance;

/// <summary>
/// Finds overdue village disclosures and audits with the policy version in force on the as-of date. The
/// specifications decide what is overdue (one code path, in memory and in SQL); this service adds the reasons.
/// </summary>
/// <remarks>Pure, deterministic and thread-safe.</remarks>
public sealed class VillageAffairsMonitor : IVillageAffairsMonitor
{
    private readonly PolicySet<GovernancePolicy> policies;

    /// <summary>Creates the monitor with policy versions.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent; every failure is listed.</exception>
    public VillageAffairsMonitor(PolicySet<GovernancePolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        this.policies = policies.ThrowIfInvalid(new GovernancePolicyValidator(), nameof(policies));
    }

    /// <inheritdoc />
    public ScheduleReport OverdueDisclosures(IEnumerable<DisclosureSummary> disclosures, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(disclosures);
        var version = policies.InForceOn(asOf);
        var p = version.Policy;
        var findings = new DisclosuresOverdueSpec(asOf, p).Evaluate(disclosures).Select(d => new ScheduleFinding(d.Id.Value, d.Village, d.Category switch
        {
            DisclosureCategory.MajorMatter => Reason.Of(GovernanceReasonCodes.MajorMatterDisclosureOverdue, d.Id.Value, d.Since, p.MajorMatterDisclosureDays),
            DisclosureCategory.Finance when d.MonthlyFinance => Reason.Of(GovernanceReasonCodes.FinanceDisclosureOverdue, d.Id.Value, d.LastDisclosedOn ?? d.Since, p.FinanceDisclosureMonths, p.LawVersion, p.DisclosureArticle),
            DisclosureCategory.Finance => Reason.Of(GovernanceReasonCodes.FinanceDisclosureOverdue, d.Id.Value, d.LastDisclosedOn ?? d.Since, p.GeneralDisclosureMonths, p.LawVersion, p.DisclosureArticle),
            _ => Reason.Of(GovernanceReasonCodes.GeneralDisclosureOverdue, d.Id.Value, d.LastDisclosedOn ?? d.Since, p.GeneralDisclosureMonths, p.LawVersion, p.DisclosureArticle),
        }));
        return new ScheduleReport(asOf, version.Label, [.. findings]);
    }

    /// <inheritdoc />
    public ScheduleReport OverdueAudits(IEnumerable<AuditSummary> audits, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(audits);
        var version = policies.InForceOn(asOf);
        var p = version.Policy;
        var findings = new AuditsOverdueSpec(asOf, p).Evaluate(audits).Select(a => new ScheduleFinding(a.Id.Value, a.Village, a.Kind == AuditKind.Finance
            ? Reason.Of(GovernanceReasonCodes.FinanceAuditOverdue, a.Id.Value, a.LastDoneOn ?? a.Since, p.FinanceAuditMonths)
            : Reason.Of(GovernanceReasonCodes.ElectionAuditNotPublished, a.Id.Value, a.NextElectionOn, p.LawVersion, p.AuditArticle)));
        return new ScheduleReport(asOf, version.Label, [.. findings]);
    }
}
