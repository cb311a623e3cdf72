using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace PartyBuilding.Core.Policies;

/// <summary>A <see cref="Period"/> as an ISO 8601 duration string, <c>P1Y</c> or <c>P6M</c>, kept as written (not normalized).</summary>
internal sealed class PeriodJsonConverter : JsonConverter<Period>
{
    /// <inheritdoc />
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PeriodPattern.Roundtrip.Parse(reader.GetString()!) is { Success: true } result
            ? result.Value
            : throw new JsonException("expected a period such as P1Y");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WriteStringValue(PeriodPattern.Roundtrip.Format(value));
}
