using System.Text.Json.Serialization;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Affiliation;

/// <summary>The source-generated shape of affiliation policy documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter), typeof(PeriodJsonConverter), typeof(RatioJsonConverter), typeof(RatioThresholdJsonConverter)])]
[JsonSerializable(typeof(PolicyDocumentData<AffiliationPolicy>))]
internal sealed partial class AffiliationPolicyJsonContext : JsonSerializerContext;
