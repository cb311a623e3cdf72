using Ardalis.Specification;

namespace PartyBuilding.Core.Petitions.Specifications;

/// <summary>Petitions awaiting the answer to a review or a re-review. Earliest deadline first (none first), then by id.</summary>
public sealed class PetitionReviewsPendingSpec : OrdinalSpecification<PetitionSummary>
{
    /// <summary>Creates the specification.</summary>
    public PetitionReviewsPendingSpec()
    {
        Query.Where(p => p.State == PetitionState.ReviewRequested || p.State == PetitionState.ReReviewRequested)
            .OrderByDescending(p => p.DueOn == null)
            .ThenBy(p => p.DueOn)
            .ThenBy(p => p.Id);
    }
}
