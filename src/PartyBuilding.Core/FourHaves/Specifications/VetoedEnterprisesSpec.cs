using Ardalis.Specification;

namespace PartyBuilding.Core.FourHaves.Specifications;

/// <summary>Enterprises whose latest assessment was vetoed (一票否决), ordered by area then id.</summary>
/// <remarks>Area codes and ties (the id) are compared ordinally, in memory (<see cref="OrdinalSpecification{T}.Evaluate"/>) as in a database with a binary collation, not by the current culture's rules; the two orders agree on text within the Basic Multilingual Plane below U+E000. Rows without an area code come first.</remarks>
public sealed class VetoedEnterprisesSpec : OrdinalSpecification<EnterpriseAssessmentSummary>
{
    /// <summary>Creates the specification.</summary>
    public VetoedEnterprisesSpec()
    {
        Query.Where(e => e.AssessedOn != null && e.Vetoed)
            .OrderByDescending(e => e.AreaCode == null) // rows without an area code first on every database (PostgreSQL puts nulls last)
            .ThenBy(e => e.AreaCode)
            .ThenBy(e => e.Id);
    }
}
