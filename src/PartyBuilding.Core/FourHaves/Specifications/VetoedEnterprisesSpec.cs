using Ardalis.Specification;

namespace PartyBuilding.Core.FourHaves.Specifications;

/// <summary>Enterprises whose latest assessment was vetoed (一票否决), ordered by area then id.</summary>
/// <remarks>Area codes and ties (the id) are compared ordinally, in memory (<see cref="Evaluate"/>) as in a database with a binary collation, not by the current culture's rules; the two orders agree on text within the Basic Multilingual Plane below U+E000. Rows without an area code come first.</remarks>
public sealed class VetoedEnterprisesSpec : Specification<EnterpriseAssessmentSummary>
{
    /// <summary>The items satisfying the specification, in its order, with text keys compared ordinally.</summary>
    /// <param name="entities">The stored items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<EnterpriseAssessmentSummary> Evaluate(IEnumerable<EnterpriseAssessmentSummary> entities) => OrdinalOrder.Evaluate(this, entities);

    /// <summary>Creates the specification.</summary>
    public VetoedEnterprisesSpec()
    {
        Query.Where(e => e.AssessedOn != null && e.Vetoed)
            .OrderByDescending(e => e.AreaCode == null) // rows without an area code first on every database (PostgreSQL puts nulls last)
            .ThenBy(e => e.AreaCode)
            .ThenBy(e => e.Id);
    }
}
