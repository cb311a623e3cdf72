using System.Text.Json.Serialization;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Petitions;

/// <summary>The source-generated shape of petition policy documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter), typeof(PeriodJsonConverter), typeof(RatioJsonConverter), typeof(RatioThresholdJsonConverter), typeof(PetitionPolicyJsonContext.NamesOnly<MatterCategory>), typeof(PetitionPolicyJsonContext.NamesOnly<Gravity>), typeof(PetitionPolicyJsonContext.NamesOnly<PetitionTier>), typeof(PetitionPolicyJsonContext.NamesOnly<OtherProcedure>)])]
[JsonSerializable(typeof(PolicyDocumentData<PetitionPolicy>))]
internal sealed partial class PetitionPolicyJsonContext : JsonSerializerContext
{
    /// <summary>
    /// An enum read by its name only: <c>UseStringEnumConverter</c> also reads a number (<c>"rounding": 1</c>) and a
    /// number in a string, which the schema refuses; the reader refuses what the schema refuses.
    /// </summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    internal sealed class NamesOnly<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
        where TEnum : struct, Enum;
}
