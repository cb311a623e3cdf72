using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Core.FourHaves;

/// <summary>A <see cref="FactKey"/> as its name, <c>"IdeasAdopted"</c> or a province's own <c>"PartyFundsShare"</c>.</summary>
internal sealed class FactKeyJsonConverter : JsonConverter<FactKey>
{
    /// <inheritdoc />
    public override FactKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? new FactKey(reader.GetString()!) : throw new JsonException("expected a fact name");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FactKey value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Name);
}
