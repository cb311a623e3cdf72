using Ardalis.Specification;

namespace PartyBuilding.Core.Governance.Specifications;

/// <summary>Procedures found not compliant, township ones (no failing step) first, then by first failing step, decision date and id.</summary>
public sealed class ProceduresNotCompliantSpec : OrdinalSpecification<ProcedureSummary>
{
    /// <summary>Creates the specification.</summary>
    public ProceduresNotCompliantSpec()
    {
        Query.Where(p => !p.Compliant)
             .OrderByDescending(p => p.FirstFailingStep == null) // null first on every database (PostgreSQL puts nulls last)
             .ThenBy(p => p.FirstFailingStep)
             .ThenBy(p => p.DecidedOn)
             .ThenBy(p => p.Id);
    }
}
