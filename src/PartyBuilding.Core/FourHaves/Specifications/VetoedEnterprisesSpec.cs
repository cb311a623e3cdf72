using Ardalis.Specification;

namespace PartyBuilding.Core.FourHaves.Specifications;

/// <summary>Enterprises whose latest assessment was vetoed (一票否决), ordered by area then id.</summary>
/// <remarks>Area codes and ties (the id) are compared ordinally, in memory (<see cref="Evaluate"/>) as in a database with a binary collation, not by the current culture's rules; the two orders agree on text within the Basic Multilingual Plane below U+E000. Rows without an area code come first.</remarks>
public sealed class VetoedEnterprisesSpec : Specification<EnterpriseAssessmentSummary>
{
    /// <summary>Creates the specification.</summary>
    public VetoedEnterprisesSpec()
    {
        Query.Where(e => e.AssessedOn != null && e.Vetoed)
            .OrderBy(e => e.AreaCode)
            .ThenBy(e => e.Id);
    }

    /// <summary>The enterprises satisfying the specification, ordered by area code (ordinal, missing first), then id.</summary>
    /// <param name="entities">The stored summaries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<EnterpriseAssessmentSummary> Evaluate(IEnumerable<EnterpriseAssessmentSummary> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return entities.Where(IsSatisfiedBy)
            .OrderBy(e => e.AreaCode, StringComparer.Ordinal)
            .ThenBy(e => e.Id);
    }
}
