using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Education;

/// <summary>The source-generated shape of education policy documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter), typeof(PeriodJsonConverter), typeof(RatioJsonConverter), typeof(RatioThresholdJsonConverter)])]
[JsonSerializable(typeof(PolicyDocumentData<EducationPolicy>))]
internal sealed partial class EducationPolicyJsonContext : JsonSerializerContext
{
    /// <summary>
    /// A new context of the same shape, written with thresholds as a person types them (<c>">= 2/3"</c>) and labels in Chinese as they are:
    /// the default encoder writes <c>\u003E= 2/3</c>, and source-generation options cannot name an encoder.
    /// </summary>
    /// <remarks>A method, not a static property: the generated <c>Default</c> lives in another part of the class, whose static initializers run in no promised order.</remarks>
    internal static EducationPolicyJsonContext CreateReadable() =>
        new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
