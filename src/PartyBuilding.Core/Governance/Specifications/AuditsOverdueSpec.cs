using Ardalis.Specification;
using NodaTime;
using PartyBuilding.Core.Governance.Validation;

namespace PartyBuilding.Core.Governance.Specifications;

/// <summary>
/// Audits overdue on <c>asOf</c>, by village and id: finances last audited, or tracked from, before
/// <c>asOf − FinanceAuditMonths</c>; a tenure or departure audit not published when its village's election day
/// has come (results are published before the election, Art. 35).
/// </summary>
public sealed class AuditsOverdueSpec : OrdinalSpecification<AuditSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="policy">The policy in force on <paramref name="asOf"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public AuditsOverdueSpec(LocalDate asOf, GovernancePolicy policy)
    {
        new GovernancePolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        var cutoff = CalendarEnds.MinusMonths(asOf, policy.FinanceAuditMonths);
        Query.Where(a =>
                (a.Kind == AuditKind.Finance && ((a.LastDoneOn == null && a.Since < cutoff) || a.LastDoneOn < cutoff))
                || ((a.Kind == AuditKind.Tenure || a.Kind == AuditKind.Departure) && a.LastDoneOn == null && a.NextElectionOn <= asOf))
             .OrderBy(a => a.Village)
             .ThenBy(a => a.Id);
    }
}
