using Ardalis.Specification;

namespace PartyBuilding.Core.Evaluation.Specifications;

/// <summary>The query the outcome specifications share: one advised outcome, optionally one round, latest round first, then by row key.</summary>
internal static class CandidatesWithOutcome
{
    public static void Build(ISpecificationBuilder<CandidateEvaluationSummary> query, EvaluationOutcome outcome, RoundId? round)
    {
        query.Where(c => c.Outcome == outcome);
        if (round is { } only)
        {
            query.Where(c => c.Round == only);
        }

        query.OrderByDescending(c => c.ClosesOn).ThenBy(c => c.Id);
    }
}
