using Ardalis.Specification;

namespace PartyBuilding.Core.FourHaves.Specifications;

/// <summary>
/// Model enterprises for "leading from point to area" (以点带面): all four haves met, not vetoed, grade at
/// least the minimum (Good by default). Highest total first, then by id.
/// </summary>
/// <remarks>Ties are broken by the id, which compares ordinally both in memory and in a database with a binary collation, and translates to a plain column order.</remarks>
public sealed class ModelEnterprisesSpec : OrdinalSpecification<EnterpriseAssessmentSummary>
{
    /// <summary>Creates the specification with the default model grade, <see cref="Grade.Good"/>.</summary>
    public ModelEnterprisesSpec()
        : this(FourHavesPolicy.Default.ModelMinimumGrade)
    {
    }

    /// <summary>Creates the specification with the model grade of <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ModelEnterprisesSpec(FourHavesPolicy policy)
        : this((policy ?? throw new ArgumentNullException(nameof(policy))).ModelMinimumGrade)
    {
    }

    /// <summary>Creates the specification with <paramref name="minimumGrade"/>.</summary>
    public ModelEnterprisesSpec(Grade minimumGrade)
    {
        Query.Where(e => e.AssessedOn != null
                && e.SeatMet && e.ActionMet && e.AttractionMet && e.SupervisionMet
                && !e.Vetoed
                && e.Grade >= minimumGrade)
            .OrderByDescending(e => e.Total)
            .ThenBy(e => e.Id);
    }
}
