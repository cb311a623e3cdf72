using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Accountability.Specifications;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The accountability section: every case replayed, then queried by the library's specifications.</summary>
internal sealed partial class ReportBuilder
{
    private AccountabilitySection BuildAccountability(TownshipData data, LocalDate asOf)
    {
        var policies = services.GetRequiredService<PolicySet<AccountabilityPolicy>>();
        var escalator = services.GetRequiredService<IAccountabilityEscalator>();
        // The cases received by the report date, as they stood on it.
        var cases = data.Cases.Select((c, i) => (Record: c, Index: i))
            .Where(c => c.Record.ReceivedOn <= asOf)
            .Select(c => mapper.Case(c.Record, c.Index, asOf, policies, escalator))
            .OrderBy(c => c.Id)
            .ToList();
        var summaries = cases.Select(c => AccountabilityCaseSummary.Of(c)).ToList();

        return new AccountabilitySection
        {
            Cases = cases.Count,
            ByState = Enum.GetValues<CaseState>().ToDictionary(s => s.ToString(), s => cases.Count(c => c.State == s)),
            All = cases.Select(c => new CaseRow(
                c.Id.Value,
                c.Subject.Key,
                c.Subject.Kind.ToString(),
                c.Subject.Cadre?.Value ?? c.Subject.Organization?.Value ?? c.Subject.Key,
                c.Complaint.Summary,
                c.State.ToString(),
                c.ReceivedOn,
                c.AcceptedOn is null ? c.RegistrationDeadline : c.ConclusionDeadline,
                c.IsOverdueOn(asOf),
                c.Finding is null ? null : c.Finding.Outcome == FindingOutcome.Substantiated ? $"{c.Finding.Kind} / {c.Finding.Impact}" : c.Finding.Outcome.ToString(),
                c.Finding?.Outcome == FindingOutcome.Substantiated ? c.Finding.Kind.ToString() : null,
                c.Finding?.Outcome == FindingOutcome.Substantiated ? c.Finding.Impact.ToString() : null,
                c.Decision is null ? null : c.Decision.Waived ? "Waived" : (c.Decision.Level?.ToString() ?? c.Decision.OrganizationLevel?.ToString()),
                c.RequiresDisclosure,
                c.Decision?.Reasons ?? [])).ToList(),
            Overdue = new CasesOverdueSpec(asOf).Evaluate(summaries).Select(s => s.Id.Value).ToList(),
            AwaitingDisclosure = new CasesAwaitingDisclosureSpec().Evaluate(summaries).Select(s => s.Id.Value).ToList(),
            AwaitingSanction = new SubstantiatedCasesAwaitingSanctionSpec().Evaluate(summaries).Select(s => s.Id.Value).ToList(),
        };
    }
}
