using Ardalis.Specification;
using NodaTime;
using PartyBuilding.Core.Governance.Validation;

namespace PartyBuilding.Core.Governance.Specifications;

/// <summary>
/// Audits falling due from <c>from</c> to <c>to</c> (both inclusive), by village and id: finances last audited,
/// or tracked from, within <c>[from − FinanceAuditMonths, to − FinanceAuditMonths]</c>; a tenure or departure audit
/// not published whose last day on time, the day before the election, lies in the period.
/// </summary>
public sealed class AuditsDueSpec : OrdinalSpecification<AuditSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period; not before <paramref name="from"/>.</param>
    /// <param name="policy">The policy in force in the period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent or the period ends before it starts.</exception>
    public AuditsDueSpec(LocalDate from, LocalDate to, GovernancePolicy policy)
    {
        new GovernancePolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        if (to < from)
        {
            throw new InvalidInputException([Failures.Of(nameof(to), GovernanceErrorCodes.PeriodOutOfOrder, to, from, to)]);
        }

        var low = CalendarEnds.MinusMonths(from, policy.FinanceAuditMonths);
        var high = CalendarEnds.MinusMonths(to, policy.FinanceAuditMonths);
        var electionBy = CalendarEnds.PlusDays(to, 1);
        Query.Where(a =>
                (a.Kind == AuditKind.Finance
                    && ((a.LastDoneOn == null && a.Since >= low && a.Since <= high) || (a.LastDoneOn >= low && a.LastDoneOn <= high)))
                || ((a.Kind == AuditKind.Tenure || a.Kind == AuditKind.Departure) && a.LastDoneOn == null
                    && a.NextElectionOn > from && a.NextElectionOn <= electionBy))
             .OrderBy(a => a.Village)
             .ThenBy(a => a.Id);
    }
}
