using PartyBuilding.Core.Members.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Members;

/// <summary>The dues policy as a JSON document (<c>"policy": "dues"</c>).</summary>
public static class DuesPolicyDocument
{
    /// <summary>Reads and writes <see cref="DuesPolicy"/> documents; ships <c>default</c>.</summary>
    public static PolicyDocumentFormat<DuesPolicy> Format { get; } =
        new("dues", DuesPolicyJsonContext.Default.PolicyDocumentDataDuesPolicy, new DuesPolicyValidator());
}
