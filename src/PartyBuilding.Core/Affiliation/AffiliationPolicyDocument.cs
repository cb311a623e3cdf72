using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Affiliation;

/// <summary>The affiliation policy as a JSON document (<c>"policy": "affiliation"</c>).</summary>
public static class AffiliationPolicyDocument
{
    /// <summary>Reads and writes <see cref="AffiliationPolicy"/> documents; ships <c>default</c>.</summary>
    public static PolicyDocumentFormat<AffiliationPolicy> Format { get; } =
        new("affiliation", AffiliationPolicyJsonContext.Default.PolicyDocumentDataAffiliationPolicy, new AffiliationPolicyValidator());
}
