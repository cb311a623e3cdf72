using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Xunit;
using Json.Schema;
using PartyBuilding.Core.Policies;
using Xunit;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>What every policy document format does: round trips, shipped files, schemas, and paths on every failure.</summary>
public sealed class PolicyDocumentTests
{
    /// <summary>Set to 1 to rewrite the shipped default documents and schemas from the types (eng/update-policy-documents.sh).</summary>
    private const string UpdateVariable = "PARTYBUILDING_UPDATE_DOCUMENTS";

    [Fact]
    public void Every_policy_of_the_options_has_a_format()
    {
        var optionPolicies = typeof(Core.DependencyInjection.PartyBuildingOptions).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(PolicySet<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .ToHashSet();
        var formatted = DocumentCases.All.Select(c => c.GetType().GetGenericArguments()[0]).ToHashSet();
        Assert.Subset(optionPolicies, formatted);
        Assert.Equal(DocumentCases.All.Count, DocumentCases.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(DocumentCases.Names), MemberType = typeof(DocumentCases))]
    public void The_shipped_documents_are_the_values_they_come_from(string name) =>
        Assert.True(DocumentCases.Of(name).ShippedDocumentsEqualTheirValues());

    [Theory]
    [MemberData(nameof(DocumentCases.Names), MemberType = typeof(DocumentCases))]
    public void The_shipped_files_are_what_the_types_generate(string name)
    {
        var @case = DocumentCases.Of(name);
        var folder = Path.Combine(RepositoryRoot(), "src", "PartyBuilding.Core", @case.Folder, "Documents");
        var schema = Path.Combine(folder, name + ".schema.json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(schema, @case.GeneratedSchema());
            foreach (var (document, text) in @case.GeneratedDocuments())
            {
                File.WriteAllText(Path.Combine(folder, $"{name}.{document}.json"), text);
            }
        }

        Assert.Equal(@case.GeneratedSchema(), File.ReadAllText(schema));
        foreach (var (document, text) in @case.GeneratedDocuments())
        {
            Assert.Equal(text, File.ReadAllText(Path.Combine(folder, $"{name}.{document}.json")));
        }

        Assert.Equal(@case.GeneratedSchema(), @case.ShippedSchema);
    }

    [Theory]
    [MemberData(nameof(DocumentCases.Names), MemberType = typeof(DocumentCases))]
    public void Every_shipped_document_reads_and_meets_its_schema(string name)
    {
        var @case = DocumentCases.Of(name);
        var schema = SchemaOf(@case);
        Assert.Contains("default", @case.Shipped);
        foreach (var shipped in @case.Shipped)
        {
            var text = @case.ShippedText(shipped);
            Assert.True(@case.Read(text) >= 1);
            using var document = JsonDocument.Parse(text);
            var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{name}.{shipped}: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Value}"))));
        }
    }

    [Theory]
    [MemberData(nameof(DocumentCases.Names), MemberType = typeof(DocumentCases))]
    public void The_schema_refuses_what_the_reader_refuses(string name)
    {
        var @case = DocumentCases.Of(name);
        var schema = SchemaOf(@case);
        foreach (var hostile in Hostile(@case.DefaultDocument()))
        {
            Assert.Throws<InvalidInputException>(() => @case.Read(hostile));
            using var document = JsonDocument.Parse(hostile);
            Assert.False(schema.Evaluate(document.RootElement).IsValid, hostile);
        }
    }

    [Theory]
    [MemberData(nameof(DocumentCases.Names), MemberType = typeof(DocumentCases))]
    public void Every_failure_names_a_path_in_the_document(string name)
    {
        // Each whole number of the default document in turn made -1, then 2^31 - 1: whatever the validator refuses
        // is reported at a path that exists in the document, and at least one such figure is refused.
        var @case = DocumentCases.Of(name);
        var original = JsonNode.Parse(@case.DefaultDocument())!;
        var refused = 0;
        foreach (var (path, set) in Integers(original, "$"))
        {
            foreach (var figure in new[] { -1, int.MaxValue })
            {
                var mutated = original.DeepClone();
                set(mutated, figure);
                var text = mutated.ToJsonString();
                try
                {
                    @case.Read(text);
                }
                catch (InvalidInputException error)
                {
                    refused++;
                    Assert.All(error.Errors, failure =>
                    {
                        Assert.False(string.IsNullOrEmpty(failure.ErrorCode), path);
                        Assert.True(Resolves(mutated, failure.PropertyName), $"{path}={figure}: {failure.ErrorCode} at {failure.PropertyName}");
                    });
                }
            }
        }

        Assert.True(refused > 0, "no figure of the document was refused");
    }

    [Theory]
    [MemberData(nameof(DocumentCases.Names), MemberType = typeof(DocumentCases))]
    public void A_document_round_trips(string name) =>
        DocumentCases.Of(name).RoundTrip().Check(Config.QuickThrowOnFailure.WithMaxTest(60));

    /// <summary>Hostile variants of a valid document: an unknown property, a missing label, a malformed date, a string for a number.</summary>
    internal static IEnumerable<string> Hostile(string document)
    {
        JsonNode Fresh() => JsonNode.Parse(document)!;
        JsonObject Figures(JsonNode root) => root["versions"]![0]!["figures"]!.AsObject();

        var unknown = Fresh();
        Figures(unknown)["notAFigure"] = 1;
        yield return unknown.ToJsonString();

        var missing = Fresh();
        missing["versions"]![0]!.AsObject().Remove("label");
        yield return missing.ToJsonString();

        var date = Fresh();
        date["versions"]![0]!["effectiveFrom"] = "2026-13-01";
        yield return date.ToJsonString();

        var figures = Fresh();
        var first = Figures(figures).First(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.Number).Key;
        Figures(figures)[first] = "3";
        yield return figures.ToJsonString();
    }

    private static IEnumerable<(string Path, Action<JsonNode, int> Set)> Integers(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToArray())
                {
                    if (value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.ToJsonString().All(char.IsAsciiDigit))
                    {
                        var at = path + "." + key;
                        yield return (at, (root, figure) => Find(root, at)!.ReplaceWith(figure));
                    }
                    else if (value is not null)
                    {
                        foreach (var inner in Integers(value, path + "." + key))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.ToJsonString().All(char.IsAsciiDigit))
                    {
                        var at = $"{path}[{i}]";
                        yield return (at, (root, figure) => Find(root, at)!.ReplaceWith(figure));
                    }
                    else if (array[i] is { } item)
                    {
                        foreach (var inner in Integers(item, $"{path}[{i}]"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    // A schema registers its $id once per process with the validator: each is built once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new();

    private static JsonSchema SchemaOf(DocumentCase @case) => Schemas.GetOrAdd(@case.Name, _ => JsonSchema.FromText(@case.ShippedSchema));

    private static bool Resolves(JsonNode root, string path) => path == "$" || Find(root, path) is not null;

    /// <summary>The node at a path of the form <c>$.a.b[2].c</c>, or null.</summary>
    private static JsonNode? Find(JsonNode root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return null;
        }

        JsonNode? node = root;
        foreach (var segment in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = segment.Split('[');
            node = node is JsonObject obj && obj.TryGetPropertyValue(parts[0], out var child) ? child : null;
            foreach (var index in parts.Skip(1))
            {
                node = node is JsonArray array && int.TryParse(index.TrimEnd(']'), out var i) && i < array.Count ? array[i] : null;
            }

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyBuilding.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("the repository root was not found above " + AppContext.BaseDirectory);
    }
}
