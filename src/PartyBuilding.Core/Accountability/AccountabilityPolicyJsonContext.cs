using System.Text.Json.Serialization;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Accountability;

/// <summary>The source-generated shape of accountability policy documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter), typeof(PeriodJsonConverter), typeof(RatioJsonConverter), typeof(RatioThresholdJsonConverter)])]
[JsonSerializable(typeof(PolicyDocumentData<AccountabilityPolicy>))]
internal sealed partial class AccountabilityPolicyJsonContext : JsonSerializerContext;
