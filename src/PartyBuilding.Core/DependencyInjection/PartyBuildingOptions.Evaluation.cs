using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.DependencyInjection;

/// <content>The democratic evaluation options.</content>
public sealed partial class PartyBuildingOptions
{
    /// <summary>The versions of the democratic evaluation policy; a round is tallied under the version whose label it names.</summary>
    /// <value>The default value is one version labelled <c>default</c> holding <see cref="EvaluationPolicy.Default"/>.</value>
    public PolicySet<EvaluationPolicy> Evaluation { get; set; } = PolicySet.Of(EvaluationPolicy.Default);
}
