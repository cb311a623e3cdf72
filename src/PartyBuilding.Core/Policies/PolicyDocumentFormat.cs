using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using FluentValidation.Results;

namespace PartyBuilding.Core.Policies;

/// <summary>
/// How one policy type is written as a JSON document (政策文件) and read back into a <see cref="PolicySet{TPolicy}"/>:
/// its versions, each with a label, an effective-from date and its figures. Each capability declares its own
/// format (for example <c>FourHavesPolicyDocument.Format</c>); the library opens no file.
/// </summary>
/// <typeparam name="TPolicy">The policy record.</typeparam>
/// <remarks>
/// Reading is all or nothing: the structure is checked first (every unknown or missing property and malformed
/// value), then each version's figures with the policy's own validator, then the versions' labels and dates;
/// every failure is listed in one <see cref="InvalidInputException"/>, each named by its JSON path
/// (<c>$.versions[1].figures.gradeBands[2].minimumTotal</c>) and coded. System.Text.Json source generation
/// only, so trimmed and native AOT hosts read documents too.
/// </remarks>
public sealed class PolicyDocumentFormat<TPolicy>
    where TPolicy : class
{
    private const string ResourcePrefix = "PartyBuilding.Core.Documents.";
    private const string SchemaSuffix = ".schema.json";

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    private readonly JsonTypeInfo<PolicyDocumentData<TPolicy>> typeInfo;
    private readonly IValidator<TPolicy> validator;

    internal PolicyDocumentFormat(string name, JsonTypeInfo<PolicyDocumentData<TPolicy>> typeInfo, IValidator<TPolicy> validator)
    {
        Name = name;

        // A document is for people to read and diff: ">= 3/5" and Chinese names written as they are, not \u-escaped.
        // (The source-generation attribute cannot set an encoder, so the context's options are copied once.)
        var options = new JsonSerializerOptions(typeInfo.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        this.typeInfo = (JsonTypeInfo<PolicyDocumentData<TPolicy>>)options.GetTypeInfo(typeof(PolicyDocumentData<TPolicy>));
        this.validator = validator;
    }

    /// <summary>The policy type's name, written in every document's <c>policy</c> property, for example <c>four-haves</c>.</summary>
    public string Name { get; }

    /// <summary>The names of the documents the library ships for this policy (embedded), for <see cref="ShippedDocument"/>: <c>default</c> always.</summary>
    public IReadOnlyList<string> ShippedDocuments =>
        [.. typeof(PolicyDocumentFormat<>).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + Name + ".", StringComparison.Ordinal) && !n.EndsWith(SchemaSuffix, StringComparison.Ordinal))
            .Select(n => n[(ResourcePrefix.Length + Name.Length + 1)..^".json".Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The JSON schema (draft 2020-12) of this policy's documents, for a host's editor; generated from the same types.</summary>
    public string Schema => Resource(Name + SchemaSuffix)!;

    /// <summary>The text of a document the library ships, for example <c>default</c> (equal to the policy's <c>Default</c>).</summary>
    /// <param name="name">One of <see cref="ShippedDocuments"/>.</param>
    /// <exception cref="InvalidInputException">The library ships no document of that name (code <c>POLICY.TYPE_UNKNOWN</c>).</exception>
    public string ShippedDocument(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Resource($"{Name}.{name}.json")
            ?? throw new InvalidInputException([Failures.Of(nameof(name), PolicyErrorCodes.TypeUnknown, $"{Name}.{name}", $"{Name}.{name}", string.Join(", ", ShippedDocuments))]);
    }

    /// <summary>Reads a document from its text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The versions it holds, validated.</returns>
    /// <exception cref="InvalidInputException">The document is not valid; every failure is listed by JSON path and code.</exception>
    public PolicySet<TPolicy> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Parse(() => JsonDocument.Parse(json, DocumentOptions));
        return Read(document);
    }

    /// <summary>Reads a document from a UTF-8 stream (not closed).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The versions it holds, validated.</returns>
    /// <exception cref="InvalidInputException">The document is not valid; every failure is listed by JSON path and code.</exception>
    public PolicySet<TPolicy> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var document = Parse(() => JsonDocument.Parse(utf8Json, DocumentOptions));
        return Read(document);
    }

    /// <summary>Reads a parsed document (the host keeps ownership of it).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The versions it holds, validated.</returns>
    /// <exception cref="InvalidInputException">The document is not valid; every failure is listed by JSON path and code.</exception>
    public PolicySet<TPolicy> Read(JsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var failures = new List<ValidationFailure>();
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("policy", out var policy)
            && policy.ValueKind == JsonValueKind.String
            && policy.GetString() != Name)
        {
            failures.Add(Failures.Of("$.policy", PolicyErrorCodes.WrongPolicy, policy.GetString(), policy.GetString(), Name));
            throw new InvalidInputException(failures);
        }

        PolicyDocumentWalker.Walk(root, typeInfo, "$", failures);
        Failures.ThrowIfAny(failures);

        var data = root.Deserialize(typeInfo)!;
        for (var i = 0; i < data.Versions.Count; i++)
        {
            foreach (var failure in validator.Validate(data.Versions[i].Figures).Errors)
            {
                failure.PropertyName = JsonPath($"$.versions[{i}].figures", failure.PropertyName);
                failures.Add(failure);
            }
        }

        // The set's own rules (labels and dates unique, at least one version) name its versions as the document does.
        PolicySet<TPolicy>? set = null;
        try
        {
            set = new PolicySet<TPolicy>(data.Versions.Select(v => new PolicyVersion<TPolicy>(v.Label, v.EffectiveFrom, v.Figures)));
        }
        catch (InvalidInputException error)
        {
            foreach (var failure in error.Errors)
            {
                failure.PropertyName = JsonPath("$", failure.PropertyName);
                failures.Add(failure);
            }
        }

        Failures.ThrowIfAny(failures);
        return set!;
    }

    /// <summary>Writes every version of <paramref name="policies"/> as an indented document that <see cref="Read(string)"/> reads back equal.</summary>
    /// <param name="policies">The versions.</param>
    /// <returns>The document's text.</returns>
    public string Write(PolicySet<TPolicy> policies)
    {
        using var stream = new MemoryStream();
        Write(policies, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes every version of <paramref name="policies"/> to a UTF-8 stream (not closed).</summary>
    /// <param name="policies">The versions.</param>
    /// <param name="utf8Json">Where the document goes.</param>
    public void Write(PolicySet<TPolicy> policies, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var data = new PolicyDocumentData<TPolicy>
        {
            Schema = $"./{Name}{SchemaSuffix}",
            Policy = Name,
            Versions = [.. policies.Versions.Select(v => new PolicyVersionData<TPolicy> { Label = v.Label, EffectiveFrom = v.EffectiveFrom, Figures = v.Policy })],
        };
        JsonSerializer.Serialize(utf8Json, data, typeInfo);
    }

    /// <summary>The metadata of this format's documents, for the schema generator.</summary>
    internal JsonTypeInfo DocumentTypeInfo => typeInfo;

    /// <summary>
    /// A validator's property name (<c>GradeBands[2].MinimumTotal</c>) as the JSON path of the document
    /// (<c>$.versions[0].figures.gradeBands[2].minimumTotal</c>): each segment named as the document names it.
    /// </summary>
    internal string JsonPath(string prefix, string propertyName)
    {
        if (string.IsNullOrEmpty(propertyName))
        {
            return prefix;
        }

        var naming = typeInfo.Options.PropertyNamingPolicy;
        var path = new StringBuilder(prefix);
        foreach (var segment in propertyName.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            path.Append('.').Append(naming?.ConvertName(name) ?? name);
            if (bracket >= 0)
            {
                path.Append(segment, bracket, segment.Length - bracket);
            }
        }

        return path.ToString();
    }

    private static JsonDocument Parse(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException exception)
        {
            throw new InvalidInputException([Failures.Of("$", PolicyErrorCodes.DocumentMalformed, null, exception.LineNumber + 1, exception.BytePositionInLine + 1)]);
        }
    }

    private static string? Resource(string fileName)
    {
        using var stream = typeof(PolicyDocumentFormat<>).Assembly.GetManifestResourceStream(ResourcePrefix + fileName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
