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
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        var pattern =
            type == typeof(NodaTime.LocalDate) ? "^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
            : type == typeof(NodaTime.Period) ? "^P"
            : type == typeof(Ratio) ? $"^{Fraction}$"
            : type == typeof(RatioThreshold) ? $"^(>=|>) {Fraction}$"
            : null;
        if (pattern is not null)
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = pattern };
        }

        if (schema is JsonObject { } node && Nullable.GetUnderlyingType(context.TypeInfo.Type) is null && node["type"] is JsonArray types)
        {
            // The reader refuses a null where the policy holds a value (the validator would name it Required).
            var kinds = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToArray();
            node["type"] = kinds.Length == 1 ? (JsonNode)kinds[0] : new JsonArray([.. kinds.Select(k => (JsonNode)k)]);
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema is JsonObject obj && obj["properties"] is JsonObject properties)
        {
            // A document states every figure: each serialized property is required (the kind of a rule is as well).
            var required = new JsonArray();
            foreach (var (name, _) in properties)
            {
                if (name != "$schema")
                {
                    required.Add((JsonNode)name);
                }
            }

            obj["required"] = required;
            obj["additionalProperties"] = false;
        }

        return schema;
    }
}
#endif
