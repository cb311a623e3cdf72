using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.FourHaves.Specifications;

/// <summary>
/// Operating enterprises due for assessment on a date: never assessed, or last assessed more than one cycle
/// before it (strictly: assessed before <c>asOf − cycle</c>; an assessment exactly one cycle old is not yet
/// overdue). Never assessed first, then oldest first, then by id.
/// </summary>
/// <remarks>Ties are broken by the id, which compares ordinally both in memory and in a database with a binary collation, and translates to a plain column order.</remarks>
public sealed class EnterprisesDueForAssessmentSpec : Specification<EnterpriseAssessmentSummary>
{
    /// <summary>Creates the specification with the default cycle of one year.</summary>
    public EnterprisesDueForAssessmentSpec(LocalDate asOf)
        : this(asOf, FourHavesPolicy.Default.AssessmentCycle)
    {
    }

    /// <summary>Creates the specification with the cycle of <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public EnterprisesDueForAssessmentSpec(LocalDate asOf, FourHavesPolicy policy)
        : this(asOf, (policy ?? throw new ArgumentNullException(nameof(policy))).AssessmentCycle)
    {
    }

    /// <summary>Creates the specification with <paramref name="cycle"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cycle"/> is null.</exception>
    public EnterprisesDueForAssessmentSpec(LocalDate asOf, Period cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);

        // Computed here: providers cannot translate calendar arithmetic inside the filter.
        LocalDate? cutoff = asOf - cycle;
        Query.Where(e => e.Operating && (e.AssessedOn == null || e.AssessedOn < cutoff))
            .OrderByDescending(e => e.AssessedOn == null) // never assessed first on every database (PostgreSQL puts nulls last)
            .ThenBy(e => e.AssessedOn)
            .ThenBy(e => e.Id);
    }
}
