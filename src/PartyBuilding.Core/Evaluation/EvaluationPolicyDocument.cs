using PartyBuilding.Core.Evaluation.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Evaluation;

/// <summary>The evaluation policy as a JSON document (<c>"policy": "evaluation"</c>).</summary>
public static class EvaluationPolicyDocument
{
    /// <summary>Reads and writes <see cref="EvaluationPolicy"/> documents; ships <c>default</c>.</summary>
    public static PolicyDocumentFormat<EvaluationPolicy> Format { get; } =
        new("evaluation", EvaluationPolicyJsonContext.Default.PolicyDocumentDataEvaluationPolicy, new EvaluationPolicyValidator());
}
