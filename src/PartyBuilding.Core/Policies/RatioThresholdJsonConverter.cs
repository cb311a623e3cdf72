using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Core.Policies;

/// <summary>A <see cref="RatioThreshold"/> as <c>"&gt;= 3/5"</c> (at least, inclusive) or <c>"&gt; 1/2"</c> (more than).</summary>
internal sealed class RatioThresholdJsonConverter : JsonConverter<RatioThreshold>
{
    private const string AtLeast = ">= ";
    private const string MoreThan = "> ";

    /// <inheritdoc />
    public override RatioThreshold Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : string.Empty;
        var inclusive = text.StartsWith(AtLeast, StringComparison.Ordinal);
        var rest = inclusive ? text[AtLeast.Length..] : text.StartsWith(MoreThan, StringComparison.Ordinal) ? text[MoreThan.Length..] : null;
        return rest is not null && RatioJsonConverter.TryParse(rest, out var ratio)
            ? new RatioThreshold(ratio, inclusive)
            : throw new JsonException("expected a threshold '>= n/d' or '> n/d'");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RatioThreshold value, JsonSerializerOptions options) =>
        writer.WriteStringValue((value.Inclusive ? AtLeast : MoreThan) + RatioJsonConverter.Format(value.Value));
}
