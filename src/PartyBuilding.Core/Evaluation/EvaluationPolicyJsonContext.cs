using System.Text.Json.Serialization;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Evaluation;

/// <summary>The source-generated shape of evaluation policy documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter), typeof(PeriodJsonConverter), typeof(RatioJsonConverter), typeof(RatioThresholdJsonConverter)])]
[JsonSerializable(typeof(PolicyDocumentData<EvaluationPolicy>))]
internal sealed partial class EvaluationPolicyJsonContext : JsonSerializerContext;
