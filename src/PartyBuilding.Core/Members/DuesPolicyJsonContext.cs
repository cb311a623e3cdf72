using System.Text.Json.Serialization;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Members;

/// <summary>The source-generated shape of dues policy documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter), typeof(PeriodJsonConverter), typeof(RatioJsonConverter), typeof(RatioThresholdJsonConverter), typeof(DuesPolicyJsonContext.NamesOnly<MidpointRounding>)])]
[JsonSerializable(typeof(PolicyDocumentData<DuesPolicy>))]
internal sealed partial class DuesPolicyJsonContext : JsonSerializerContext
{
    /// <summary>
    /// An enum read by its name only: <c>UseStringEnumConverter</c> also reads a number (<c>"rounding": 1</c>) and a
    /// number in a string, which the schema refuses; the reader refuses what the schema refuses.
    /// </summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    internal sealed class NamesOnly<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
        where TEnum : struct, Enum;
}
