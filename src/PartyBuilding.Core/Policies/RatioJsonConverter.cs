using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Core.Policies;

/// <summary>A <see cref="Ratio"/> as <c>"3/5"</c>: exact, as the policy holds it (a decimal would round).</summary>
internal sealed class RatioJsonConverter : JsonConverter<Ratio>
{
    /// <inheritdoc />
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TryParse(reader.GetString()!, out var ratio)
            ? ratio
            : throw new JsonException("expected a ratio n/d");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    internal static string Format(Ratio value) =>
        value.Numerator.ToString(CultureInfo.InvariantCulture) + "/" + value.Denominator.ToString(CultureInfo.InvariantCulture);

    internal static bool TryParse(string text, out Ratio ratio)
    {
        ratio = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !long.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
            || !long.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
            || denominator == 0)
        {
            return false;
        }

        ratio = new Ratio(numerator, denominator);
        return true;
    }
}
