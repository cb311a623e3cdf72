using PartyBuilding.Core.Affiliation;

namespace PartyBuilding.Core.DependencyInjection;

/// <content>The affiliation options.</content>
public sealed partial class PartyBuildingOptions
{
    /// <summary>The versions of the affiliation policy (mobile members: migrant branches and contact standing).</summary>
    /// <value>The default value is one version holding <see cref="AffiliationPolicy.Default"/>.</value>
    public PolicySet<AffiliationPolicy> Affiliation { get; set; } = PolicySet.Of(AffiliationPolicy.Default);
}
