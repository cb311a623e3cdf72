using Ardalis.Specification;

namespace PartyBuilding.Core.Accountability.Specifications;

/// <summary>Sanctioned cases whose sanction requires public disclosure not yet made (they cannot close), earliest finding first, then by id.</summary>
public sealed class CasesAwaitingDisclosureSpec : OrdinalSpecification<AccountabilityCaseSummary>
{
    /// <summary>Creates the specification.</summary>
    public CasesAwaitingDisclosureSpec()
    {
        Query.Where(c => c.State == CaseState.Sanctioned && c.RequiresDisclosure && c.DisclosedOn == null)
            .OrderByDescending(c => c.ConcludedOn == null) // nulls first on every database (PostgreSQL puts them last)
            .ThenBy(c => c.ConcludedOn)
            .ThenBy(c => c.Id);
    }
}
