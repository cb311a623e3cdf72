using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PartyBuilding.Core;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>The JSON settings shared by the data file and the JSON report.</summary>
internal static class TownshipJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new EnterpriseIdConverter());
        return options;
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
