using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PartyBuilding.Core;
using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Samples.County.Data;

/// <summary>The JSON settings of a county file: camelCase, enums as strings, ISO dates, unknown properties refused.</summary>
internal static class CountyJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectRequiredConstructorParameters = true,
            AllowOutOfOrderMetadataProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutComputedProperties } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new EnterpriseIdConverter());
        return options;
    }

    /// <summary>A profile's computed total (<see cref="EnterpriseProfile.PartyMembers"/>) is neither written nor read.</summary>
    private static void WithoutComputedProperties(JsonTypeInfo info)
    {
        if (info.Type == typeof(EnterpriseProfile))
        {
            var computed = info.Properties.Where(p => p.Set is null).ToList();
            foreach (var property in computed)
            {
                info.Properties.Remove(property);
            }
        }
    }

    /// <summary>An enterprise id is a plain string in the file; an empty one is refused with the library's code.</summary>
    private sealed class EnterpriseIdConverter : JsonConverter<EnterpriseId>
    {
        public override EnterpriseId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return string.IsNullOrWhiteSpace(text)
                ? throw new JsonException($"[{CommonErrorCodes.IdEmpty}] an enterprise id must not be empty")
                : new EnterpriseId(text);
        }

        public override void Write(Utf8JsonWriter writer, EnterpriseId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
