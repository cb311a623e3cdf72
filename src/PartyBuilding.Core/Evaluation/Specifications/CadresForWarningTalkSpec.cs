using Ardalis.Specification;
namespace PartyBuilding.Core.Evaluation.Specifications;

/// <summary>Candidates whose advised outcome is <see cref="EvaluationOutcome.WarningTalk"/>, latest round first, then by row key (round and cadre id).</summary>
/// <remarks>Row keys are compared ordinally, in memory (<see cref="Evaluate"/>) as in a database with a binary collation, not by the current culture's rules; the two orders agree on keys within the Basic Multilingual Plane below U+E000.</remarks>
public sealed class CadresForWarningTalkSpec : Specification<CandidateEvaluationSummary>
{
    /// <summary>The items satisfying the specification, in its order, with text keys compared ordinally.</summary>
    /// <param name="entities">The stored items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<CandidateEvaluationSummary> Evaluate(IEnumerable<CandidateEvaluationSummary> entities) => OrdinalOrder.Evaluate(this, entities);

    /// <summary>Creates the specification over every round, or over <paramref name="round"/> only.</summary>
    public CadresForWarningTalkSpec(RoundId? round = null) => CandidatesWithOutcome.Build(Query, EvaluationOutcome.WarningTalk, round);
}
