namespace PartyBuilding.Core.Evaluation.Specifications;

/// <summary>Candidates whose advised outcome is <see cref="EvaluationOutcome.WarningTalk"/>, latest round first, then by row key (round and cadre id).</summary>
/// <remarks>Row keys are compared ordinally, in memory (<see cref="OrdinalSpecification{T}.Evaluate"/>) as in a database with a binary collation, not by the current culture's rules; the two orders agree on keys within the Basic Multilingual Plane below U+E000.</remarks>
public sealed class CadresForWarningTalkSpec : OrdinalSpecification<CandidateEvaluationSummary>
{
    /// <summary>Creates the specification over every round, or over <paramref name="round"/> only.</summary>
    public CadresForWarningTalkSpec(RoundId? round = null) => CandidatesWithOutcome.Build(Query, EvaluationOutcome.WarningTalk, round);
}
