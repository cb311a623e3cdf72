using Ardalis.Specification;

namespace PartyBuilding.Core.FourHaves.Specifications;

/// <summary>Assessed enterprises whose latest assessment did not meet <c>have</c>, lowest score first, then by id.</summary>
/// <remarks>Ties are broken by the id, which compares ordinally both in memory and in a database with a binary collation, and translates to a plain column order.</remarks>
public sealed class EnterprisesMissingHaveSpec : OrdinalSpecification<EnterpriseAssessmentSummary>
{
    /// <summary>Creates the specification for <paramref name="have"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="have"/> is not defined (code <c>FH.ENUM_UNDEFINED</c>).</exception>
    public EnterprisesMissingHaveSpec(Have have)
    {
        // One expression per have, chosen here, so that the filter is a plain column comparison.
        switch (have)
        {
            case Have.Seat:
                Query.Where(e => e.AssessedOn != null && !e.SeatMet).OrderBy(e => e.SeatScore).ThenBy(e => e.Id);
                break;
            case Have.Action:
                Query.Where(e => e.AssessedOn != null && !e.ActionMet).OrderBy(e => e.ActionScore).ThenBy(e => e.Id);
                break;
            case Have.Attraction:
                Query.Where(e => e.AssessedOn != null && !e.AttractionMet).OrderBy(e => e.AttractionScore).ThenBy(e => e.Id);
                break;
            case Have.Supervision:
                Query.Where(e => e.AssessedOn != null && !e.SupervisionMet).OrderBy(e => e.SupervisionScore).ThenBy(e => e.Id);
                break;
            default:
                throw UndefinedValue.Of(have, nameof(have));
        }
    }
}
