using System.Text.Encodings.Web;
using System.Text.Json;
using PartyBuilding.Core.Policies;
using PartyBuilding.Core.Teams.Validation;

namespace PartyBuilding.Core.Teams;

/// <summary>The teams policy as a JSON document (<c>"policy": "teams"</c>).</summary>
public static class TeamsPolicyDocument
{
    /// <summary>Reads and writes <see cref="TeamsPolicy"/> documents; ships <c>default</c>.</summary>
    public static PolicyDocumentFormat<TeamsPolicy> Format { get; } =
        new("teams", Relaxed().PolicyDocumentDataTeamsPolicy, new TeamsPolicyValidator());

    /// <summary>
    /// The generated context with the relaxed encoder: the default one writes a threshold's <c>&gt;=</c> and Chinese text
    /// as <c>\u003E=</c> and <c>\u6751</c>, unreadable in a file a person edits, and the generation attribute cannot name
    /// an encoder. A document is a file, never HTML, so nothing needs escaping beyond JSON's own.
    /// </summary>
    private static TeamsPolicyJsonContext Relaxed() =>
        new(new JsonSerializerOptions(TeamsPolicyJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
