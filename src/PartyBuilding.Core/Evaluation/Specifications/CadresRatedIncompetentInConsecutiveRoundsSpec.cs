using Ardalis.Specification;

namespace PartyBuilding.Core.Evaluation.Specifications;

/// <summary>
/// Candidates rated incompetent in a round and in the round before it
/// (<see cref="CandidateEvaluationSummary.RatedIncompetent"/> and
/// <see cref="CandidateEvaluationSummary.RatedIncompetentInPreviousRound"/>): under 村民委员会组织法
/// Art. 33 a village committee member's office ends. Latest round first, then by row key (round and cadre id).
/// </summary>
/// <remarks>Row keys are compared ordinally, in memory (<see cref="OrdinalSpecification{T}.Evaluate"/>) as in a database with a binary collation, not by the current culture's rules; the two orders agree on keys within the Basic Multilingual Plane below U+E000.</remarks>
public sealed class CadresRatedIncompetentInConsecutiveRoundsSpec : OrdinalSpecification<CandidateEvaluationSummary>
{
    /// <summary>Creates the specification.</summary>
    public CadresRatedIncompetentInConsecutiveRoundsSpec()
    {
        Query.Where(c => c.RatedIncompetent && c.RatedIncompetentInPreviousRound)
            .OrderByDescending(c => c.ClosesOn)
            .ThenBy(c => c.Id);
    }
}
