using System.Text.Json.Serialization;

namespace PartyBuilding.Core.Policies;

/// <summary>The shape of a policy document: the policy type it is written for and its versions.</summary>
/// <typeparam name="TPolicy">The policy record.</typeparam>
internal sealed class PolicyDocumentData<TPolicy>
    where TPolicy : class
{
    /// <summary>The schema an editor validates the document with; optional and not read.</summary>
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    /// <summary>The policy type, the format's <see cref="PolicyDocumentFormat{TPolicy}.Name"/>.</summary>
    public required string Policy { get; init; }

    /// <summary>The versions, in any order.</summary>
    public required IReadOnlyList<PolicyVersionData<TPolicy>> Versions { get; init; }
}
