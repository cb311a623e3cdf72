using PartyBuilding.Core.Policies;
using PartyBuilding.Core.Teams.Validation;

namespace PartyBuilding.Core.Teams;

/// <summary>The teams policy as a JSON document (<c>"policy": "teams"</c>).</summary>
public static class TeamsPolicyDocument
{
    /// <summary>Reads and writes <see cref="TeamsPolicy"/> documents; ships <c>default</c>.</summary>
    public static PolicyDocumentFormat<TeamsPolicy> Format { get; } =
        new("teams", TeamsPolicyJsonContext.Default.PolicyDocumentDataTeamsPolicy, new TeamsPolicyValidator());
}
