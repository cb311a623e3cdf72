using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Accountability.Specifications;

/// <summary>
/// Cases overdue on a date as they stand: still <see cref="CaseState.Received"/> after the registration
/// deadline, or still <see cref="CaseState.Investigating"/> after the conclusion deadline. Earliest
/// received first, then by id.
/// </summary>
/// <remarks>A case is not overdue on its deadline day, only from the day after.</remarks>
public sealed class CasesOverdueSpec : OrdinalSpecification<AccountabilityCaseSummary>
{
    /// <summary>Creates the specification for <paramref name="date"/>.</summary>
    public CasesOverdueSpec(LocalDate date)
    {
        Query.Where(c =>
                (c.State == CaseState.Received && c.RegistrationDeadline < date)
                || (c.State == CaseState.Investigating && c.ConclusionDeadline != null && c.ConclusionDeadline < date))
            .OrderBy(c => c.ReceivedOn)
            .ThenBy(c => c.Id);
    }
}
