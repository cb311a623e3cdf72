using System.Text.Encodings.Web;
using System.Text.Json;
using PartyBuilding.Core.Governance.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Governance;

/// <summary>The governance policy as a JSON document (<c>"policy": "governance"</c>).</summary>
public static class GovernancePolicyDocument
{
    /// <summary>Reads and writes <see cref="GovernancePolicy"/> documents; ships <c>default</c> (the versions of <see cref="GovernancePolicy.Versions"/>).</summary>
    public static PolicyDocumentFormat<GovernancePolicy> Format { get; } =
        new("governance", Relaxed().PolicyDocumentDataGovernancePolicy, new GovernancePolicyValidator());

    /// <summary>
    /// The generated context with the relaxed encoder: the default one writes a threshold's <c>&gt;=</c> and Chinese text
    /// as <c>\u003E=</c> and <c>\u6751</c>, unreadable in a file a person edits, and the generation attribute cannot name
    /// an encoder. A document is a file, never HTML, so nothing needs escaping beyond JSON's own.
    /// </summary>
    private static GovernancePolicyJsonContext Relaxed() =>
        new(new JsonSerializerOptions(GovernancePolicyJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
