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
internal sealed partial class EducationPolicyJsonContext : JsonSerializerContext;
