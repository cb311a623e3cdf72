using PartyBuilding.Core.Accountability.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Accountability;

/// <summary>The accountability policy as a JSON document (<c>"policy": "accountability"</c>).</summary>
public static class AccountabilityPolicyDocument
{
    /// <summary>Reads and writes <see cref="AccountabilityPolicy"/> documents; ships <c>default</c>.</summary>
    public static PolicyDocumentFormat<AccountabilityPolicy> Format { get; } =
        new("accountability", AccountabilityPolicyJsonContext.Default.PolicyDocumentDataAccountabilityPolicy, new AccountabilityPolicyValidator());
}
