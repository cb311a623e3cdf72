using Ardalis.Specification;

namespace PartyBuilding.Core.Evaluation.Specifications;

/// <summary>
/// Candidates rated incompetent in a round and in the round before it
/// (<see cref="CandidateEvaluationSummary.RatedIncompetent"/> and
/// <see cref="CandidateEvaluationSummary.RatedIncompetentInPreviousRound"/>): under 村民委员会组织法
/// Art. 33 a village committee member's office ends. Latest round first, then by row key (round and cadre id).
/// </summary>
public sealed class CadresRatedIncompetentInConsecutiveRoundsSpec : Specification<CandidateEvaluationSummary>
{
    /// <summary>Creates the specification.</summary>
    public CadresRatedIncompetentInConsecutiveRoundsSpec()
    {
        Query.Where(c => c.RatedIncompetent && c.RatedIncompetentInPreviousRound)
            .OrderByDescending(c => c.ClosesOn)
            .ThenBy(c => c.Id);
    }
}
