#if NET9_0_OR_GREATER
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace PartyBuilding.Core.Policies;

/// <summary>
/// Generates a policy's document schema (JSON Schema draft 2020-12) from the same source-generated metadata the
/// reader walks, so the schema a host's editor checks with and the reader agree: every property required, none
/// other allowed, dates, periods and ratios as the converters write them. The shipped schemas are this output
/// (a test compares them); it needs .NET 9's schema exporter, so the package ships the files, not the generator.
/// </summary>
internal static class PolicySchema
{
    private const string Fraction = "[0-9]+/[0-9]*[1-9][0-9]*";

    /// <summary>The schema of <paramref name="format"/>'s documents, indented, with a final newline.</summary>
    public static string Generate<TPolicy>(PolicyDocumentFormat<TPolicy> format)
        where TPolicy : class
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = format.DocumentTypeInfo.GetJsonSchemaAsNode(exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = format.Name + ".schema.json",
            ["title"] = $"PartyBuilding.Core policy document: {format.Name}",
        };
        foreach (var (key, value) in schema.ToArray())
        {
            schema.Remove(key);
            root[key] = value;
        }

        root["properties"]!["policy"] = new JsonObject { ["const"] = format.Name };
        // Written as the documents are: ">=" and Chinese text as they read, not escaped.
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>The pattern of a value the library's converters write as a string, or null for any other type.</summary>
    private static string? PatternOf(Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        return type == typeof(NodaTime.LocalDate) ? "^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
            : type == typeof(NodaTime.Period) ? "^P"
            : type == typeof(Ratio) ? $"^{Fraction}$"
            : type == typeof(RatioThreshold) ? $"^(>=|>) {Fraction}$"
            : type.Name == "FactKey" ? "^[A-Za-z][A-Za-z0-9_.-]*$"
            : null;
    }

    /// <summary>
    /// A document states every figure: each property the type both writes and reads is required, the computed ones
    /// (read-only, not written) are not in the schema, and no other property is allowed, as the reader has it.
    /// </summary>
    private static void Close(JsonObject schema, JsonTypeInfo typeInfo)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (var computed in typeInfo.Properties.Where(p => p.Set is null))
        {
            properties.Remove(computed.Name);
        }

        var required = new JsonArray();
        foreach (var (name, _) in properties)
        {
            if (name != "$schema")
            {
                required.Add((JsonNode)name);
            }
        }

        schema["required"] = required;
        schema["additionalProperties"] = false;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (PatternOf(context.TypeInfo.Type) is { } pattern)
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = pattern };
        }

        // A list of converted values: the exporter knows nothing of the converter, so the items get their pattern here.
        if (schema is JsonObject list && context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && PatternOf(context.TypeInfo.ElementType!) is { } itemPattern)
        {
            list["items"] = new JsonObject { ["type"] = "string", ["pattern"] = itemPattern };
        }

        if (schema is JsonObject { } node && Nullable.GetUnderlyingType(context.TypeInfo.Type) is null && context.PropertyInfo is not { IsSetNullable: true } && node["type"] is JsonArray types)
        {
            // The reader refuses a null where the policy holds a value (the validator would name it Required).
            var allowed = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToArray();
            node["type"] = allowed.Length == 1 ? (JsonNode)allowed[0] : new JsonArray([.. allowed.Select(k => (JsonNode)k)]);
        }

        if (schema is JsonObject obj && context.TypeInfo.PolymorphismOptions is { } polymorphism && obj["anyOf"] is JsonArray kinds)
        {
            // One subschema per rule kind, told apart by the kind's constant.
            foreach (var kind in kinds.OfType<JsonObject>())
            {
                var name = kind["properties"]?[polymorphism.TypeDiscriminatorPropertyName]?["const"]?.GetValue<string>();
                var derived = polymorphism.DerivedTypes.FirstOrDefault(d => Equals(d.TypeDiscriminator, name));
                if (derived.DerivedType is not null)
                {
                    Close(kind, context.TypeInfo.Options.GetTypeInfo(derived.DerivedType));
                }
            }
        }
        else if (schema is JsonObject plain && context.TypeInfo.Kind == JsonTypeInfoKind.Object)
        {
            Close(plain, context.TypeInfo);
        }

        return schema;
    }
}
#endif
