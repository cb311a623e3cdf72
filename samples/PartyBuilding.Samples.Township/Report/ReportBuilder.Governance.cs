using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Governance.Specifications;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The governance section: every major matter's procedure as it stood on the report date, then overdue disclosures and audits.</summary>
internal sealed partial class ReportBuilder
{
    private GovernanceSection BuildGovernance(LocalDate asOf)
    {
        var checker = services.GetRequiredService<IProcedureChecker>();
        var monitor = services.GetRequiredService<IVillageAffairsMonitor>();
        var checkedMatters = MazhuTown.GovernanceProcedures()
            .Select(p => (p.Matter, Records: p.Records.Where(r => r.On <= asOf).ToList()))
            .Where(p => p.Records.Count > 0)
            .Select(p => (p.Matter, Verdict: checker.Check(p.Matter, p.Records)))
            .ToList();
        var summaries = checkedMatters.Select(c => c.Verdict.ToSummary(c.Matter)).ToList();
        // What was known on the report date: obligations begun by then, and only the disclosures and audits made by then.
        var disclosures = MazhuTown.Disclosures().Where(d => d.Since <= asOf).Select(d => d.LastDisclosedOn > asOf ? d with { LastDisclosedOn = null } : d);
        var audits = MazhuTown.Audits().Where(a => a.Since <= asOf).Select(a => a.LastDoneOn > asOf ? a with { LastDoneOn = null } : a);
        var overdueDisclosures = monitor.OverdueDisclosures(disclosures, asOf);
        var overdueAudits = monitor.OverdueAudits(audits, asOf);

        return new GovernanceSection
        {
            Matters = checkedMatters.Select(c => new MatterRow(
                c.Matter.Id.Value, c.Matter.Organization.Value, c.Matter.Level.ToString(), c.Matter.Kind.ToString(), c.Matter.Amount,
                c.Verdict.DecidedOn, c.Verdict.PolicyLabel, c.Verdict.Compliant, c.Verdict.FirstFailingStep?.ToString(),
                [.. c.Verdict.FailingSteps.Select(s => s.ToString())], c.Verdict.Reasons)).ToList(),
            NotCompliant = new ProceduresNotCompliantSpec().Evaluate(summaries).Select(s => s.Id.Value).ToList(),
            OverdueDisclosures = [.. overdueDisclosures.Findings.Select(f => new FindingRow(f.Item, f.Village.Value, f.Reason))],
            OverdueAudits = [.. overdueAudits.Findings.Select(f => new FindingRow(f.Item, f.Village.Value, f.Reason))],
            SchedulePolicy = overdueDisclosures.PolicyLabel,
        };
    }
}
