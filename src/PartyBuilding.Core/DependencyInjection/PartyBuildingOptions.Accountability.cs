using PartyBuilding.Core.Accountability;

namespace PartyBuilding.Core.DependencyInjection;

/// <content>The accountability policy versions.</content>
public sealed partial class PartyBuildingOptions
{
    /// <summary>The versions of the accountability policy; a case keeps the version in force on the day it was received.</summary>
    /// <value>The default value is one version holding <see cref="AccountabilityPolicy.Default"/>.</value>
    public PolicySet<AccountabilityPolicy> Accountability { get; set; } = PolicySet.Of(AccountabilityPolicy.Default);
}
