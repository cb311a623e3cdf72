using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.DependencyInjection;

/// <summary>The four-haves options.</summary>
public sealed partial class PartyBuildingOptions
{
    /// <summary>The versions of the four-haves scorecard and coverage policy.</summary>
    /// <value>The default value is one version holding <see cref="FourHavesPolicy.Default"/>.</value>
    public PolicySet<FourHavesPolicy> FourHaves { get; set; } = PolicySet.Of(FourHavesPolicy.Default);
}
