using Ardalis.Specification;

namespace PartyBuilding.Core.Evaluation.Specifications;

/// <summary>Candidates whose advised outcome is <see cref="EvaluationOutcome.WarningTalk"/>, latest round first, then by row key (round and cadre id).</summary>
public sealed class CadresForWarningTalkSpec : Specification<CandidateEvaluationSummary>
{
    /// <summary>Creates the specification over every round, or over <paramref name="round"/> only.</summary>
    public CadresForWarningTalkSpec(RoundId? round = null)
    {
        Query.Where(c => c.Outcome == EvaluationOutcome.WarningTalk);
        if (round is { } only)
        {
            Query.Where(c => c.Round == only);
        }

        Query.OrderByDescending(c => c.ClosesOn).ThenBy(c => c.Id);
    }
}
