using PartyBuilding.Core.Outreach.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Outreach;

/// <summary>The outreach policy as a JSON document (<c>"policy": "outreach"</c>).</summary>
public static class OutreachPolicyDocument
{
    /// <summary>Reads and writes <see cref="OutreachPolicy"/> documents; ships <c>default</c>.</summary>
    public static PolicyDocumentFormat<OutreachPolicy> Format { get; } =
        new("outreach", OutreachPolicyJsonContext.Default.PolicyDocumentDataOutreachPolicy, new OutreachPolicyValidator());
}
