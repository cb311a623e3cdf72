using System.Text.Json.Serialization;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.FourHaves;

/// <summary>The source-generated shape of four-haves scorecard documents; a rule names its kind first (<c>"kind": "count"</c>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter), typeof(PeriodJsonConverter), typeof(RatioJsonConverter), typeof(RatioThresholdJsonConverter), typeof(FactKeyJsonConverter)])]
[JsonSerializable(typeof(PolicyDocumentData<FourHavesPolicy>))]
internal sealed partial class FourHavesPolicyJsonContext : JsonSerializerContext;
