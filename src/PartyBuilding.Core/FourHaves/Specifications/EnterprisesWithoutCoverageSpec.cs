using Ardalis.Specification;

namespace PartyBuilding.Core.FourHaves.Specifications;

/// <summary>
/// Operating enterprises without party coverage, ordered by area then id: with no coverage at all, or,
/// when asked for organization coverage, also those covered only by an instructor.
/// </summary>
/// <remarks>Area codes and ties (the id) are compared ordinally, in memory (<see cref="OrdinalSpecification{T}.Evaluate"/>) as in a database with a binary collation, not by the current culture's rules; the two orders agree on text within the Basic Multilingual Plane below U+E000. Rows without an area code come first.</remarks>
public sealed class EnterprisesWithoutCoverageSpec : OrdinalSpecification<EnterpriseAssessmentSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="organizationCoverage">
    /// <see langword="false"/> (default): enterprises without work coverage (<see cref="CoverageKind.None"/>);
    /// <see langword="true"/>: enterprises without organization coverage (<see cref="CoverageKind.Instructor"/> too).
    /// </param>
    public EnterprisesWithoutCoverageSpec(bool organizationCoverage = false)
    {
        if (organizationCoverage)
        {
            Query.Where(e => e.Operating && (e.Coverage == CoverageKind.None || e.Coverage == CoverageKind.Instructor));
        }
        else
        {
            Query.Where(e => e.Operating && e.Coverage == CoverageKind.None);
        }

        // Rows without an area code first on every database (PostgreSQL puts nulls last).
        Query.OrderByDescending(e => e.AreaCode == null).ThenBy(e => e.AreaCode).ThenBy(e => e.Id);
    }
}
