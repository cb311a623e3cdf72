using Ardalis.Specification;

namespace PartyBuilding.Core.Accountability.Specifications;

/// <summary>Cases concluded as substantiated with no sanction decision yet, earliest finding first, then by id.</summary>
public sealed class SubstantiatedCasesAwaitingSanctionSpec : OrdinalSpecification<AccountabilityCaseSummary>
{
    /// <summary>Creates the specification.</summary>
    public SubstantiatedCasesAwaitingSanctionSpec()
    {
        Query.Where(c => c.State == CaseState.Concluded && c.Outcome == FindingOutcome.Substantiated)
            .OrderByDescending(c => c.ConcludedOn == null) // nulls first on every database (PostgreSQL puts them last)
            .ThenBy(c => c.ConcludedOn)
            .ThenBy(c => c.Id);
    }
}
