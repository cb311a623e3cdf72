using PartyBuilding.Core.Governance.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Governance;

/// <summary>The governance policy as a JSON document (<c>"policy": "governance"</c>).</summary>
public static class GovernancePolicyDocument
{
    /// <summary>Reads and writes <see cref="GovernancePolicy"/> documents; ships <c>default</c> (the versions of <see cref="GovernancePolicy.Versions"/>).</summary>
    public static PolicyDocumentFormat<GovernancePolicy> Format { get; } =
        new("governance", GovernancePolicyJsonContext.Default.PolicyDocumentDataGovernancePolicy, new GovernancePolicyValidator());
}
