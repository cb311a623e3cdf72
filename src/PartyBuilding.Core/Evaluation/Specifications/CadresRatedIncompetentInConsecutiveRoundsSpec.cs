using Ardalis.Specification;

namespace PartyBuilding.Core.Evaluation.Specifications;

/// <summary>
/// Candidates rated incompetent in a round and in the round before it
/// (<see cref="CandidateEvaluationSummary.RatedIncompetent"/> and
/// <see cref="CandidateEvaluationSummary.RatedIncompetentInPreviousRound"/>): under 村民委员会组织法
/// Art. 33 a village committee member's office ends. Latest round first, then by row key (round and cadre id).
/// </summary>
/// <remarks>Row keys are compared ordinally, in memory (<see cref="Evaluate"/>) as in a database with a binary collation, not by the current culture's rules; the two orders agree on keys within the Basic Multilingual Plane below U+E000.</remarks>
public sealed class CadresRatedIncompetentInConsecutiveRoundsSpec : Specification<CandidateEvaluationSummary>
{
    /// <summary>The items satisfying the specification, in its order, with text keys compared ordinally.</summary>
    /// <param name="entities">The stored items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<CandidateEvaluationSummary> Evaluate(IEnumerable<CandidateEvaluationSummary> entities) => OrdinalOrder.Evaluate(this, entities);

    /// <summary>Creates the specification.</summary>
    public CadresRatedIncompetentInConsecutiveRoundsSpec()
    {
        Query.Where(c => c.RatedIncompetent && c.RatedIncompetentInPreviousRound)
            .OrderByDescending(c => c.ClosesOn)
            .ThenBy(c => c.Id);
    }
}
