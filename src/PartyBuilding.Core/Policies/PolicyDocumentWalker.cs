using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation.Results;

namespace PartyBuilding.Core.Policies;

/// <summary>
/// Checks a document's structure against the source-generated metadata of its type before anything is read,
/// so that every unknown or missing property and every malformed value is listed with its JSON path
/// (System.Text.Json itself stops at the first).
/// </summary>
/// <remarks>
/// A document states every figure: a property the type both writes and reads is required, and one it does not know is
/// refused. A rule kind (a polymorphic record) names itself in its first property, as System.Text.Json reads it.
/// </remarks>
internal static class PolicyDocumentWalker
{
    private const string SchemaProperty = "$schema";
    private const int ShownValueLength = 60;

    /// <summary>Adds a failure for every structural fault of <paramref name="element"/> read as <paramref name="typeInfo"/>.</summary>
    public static void Walk(JsonElement element, JsonTypeInfo typeInfo, string path, List<ValidationFailure> failures)
    {
        if (typeInfo.PolymorphismOptions is { } polymorphism)
        {
            WalkPolymorphic(element, typeInfo, polymorphism, path, failures);
            return;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (Expect(element, JsonValueKind.Object, "object", path, failures))
                {
                    WalkProperties(element, typeInfo, path, path == "$", discriminator: null, failures);
                }

                break;
            case JsonTypeInfoKind.Enumerable:
                if (Expect(element, JsonValueKind.Array, "array", path, failures))
                {
                    var items = typeInfo.Options.GetTypeInfo(ElementTypeOf(typeInfo));
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, items, $"{path}[{index++}]", failures);
                    }
                }

                break;
            default:
                WalkValue(element, typeInfo, path, failures);
                break;
        }
    }

    private static void WalkPolymorphic(JsonElement element, JsonTypeInfo typeInfo, JsonPolymorphismOptions polymorphism, string path, List<ValidationFailure> failures)
    {
        if (!Expect(element, JsonValueKind.Object, "object", path, failures))
        {
            return;
        }

        var name = polymorphism.TypeDiscriminatorPropertyName;
        if (!element.TryGetProperty(name, out var kind))
        {
            failures.Add(Failures.Of($"{path}.{name}", PolicyErrorCodes.PropertyMissing, null));
            return;
        }

        var derived = polymorphism.DerivedTypes.FirstOrDefault(d => kind.ValueKind == JsonValueKind.String && Equals(d.TypeDiscriminator, kind.GetString()));
        if (derived.DerivedType is null)
        {
            var kinds = string.Join(", ", polymorphism.DerivedTypes.Select(d => d.TypeDiscriminator));
            failures.Add(Failures.Of($"{path}.{name}", PolicyErrorCodes.KindUnknown, Shown(kind), Shown(kind), kinds));
            return;
        }

        if (element.EnumerateObject().First().Name != name)
        {
            failures.Add(Failures.Of($"{path}.{name}", PolicyErrorCodes.KindNotFirst, Shown(kind), Shown(kind), name));
        }

        WalkProperties(element, typeInfo.Options.GetTypeInfo(derived.DerivedType), path, isRoot: false, discriminator: name, failures);
    }

    private static void WalkProperties(JsonElement element, JsonTypeInfo typeInfo, string path, bool isRoot, string? discriminator, List<ValidationFailure> failures)
    {
        var known = typeInfo.Properties.Where(p => p.Get is not null && p.Set is not null).ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == discriminator || (isRoot && property.Name == SchemaProperty))
            {
                continue;
            }

            if (known.TryGetValue(property.Name, out var info))
            {
                Walk(property.Value, typeInfo.Options.GetTypeInfo(info.PropertyType), $"{path}.{property.Name}", failures);
            }
            else
            {
                failures.Add(Failures.Of($"{path}.{property.Name}", PolicyErrorCodes.PropertyUnknown, property.Name, property.Name));
            }
        }

        foreach (var info in known.Values)
        {
            if (info.Name != SchemaProperty && !element.TryGetProperty(info.Name, out _))
            {
                failures.Add(Failures.Of($"{path}.{info.Name}", PolicyErrorCodes.PropertyMissing, null));
            }
        }
    }

    private static void WalkValue(JsonElement element, JsonTypeInfo typeInfo, string path, List<ValidationFailure> failures)
    {
        // An enum is one of its names exactly, as the writer writes it: not a number, not another case.
        if (typeInfo.Type.IsEnum
            && (element.ValueKind != JsonValueKind.String || !Enum.GetNames(typeInfo.Type).Contains(element.GetString(), StringComparer.Ordinal)))
        {
            failures.Add(Failures.Of(path, PolicyErrorCodes.ValueMalformed, Shown(element), Shown(element), Describe(typeInfo.Type)));
            return;
        }

        try
        {
            _ = JsonSerializer.Deserialize(element, typeInfo);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            failures.Add(Failures.Of(path, PolicyErrorCodes.ValueMalformed, Shown(element), Shown(element), Describe(typeInfo.Type)));
        }
    }

    private static bool Expect(JsonElement element, JsonValueKind kind, string description, string path, List<ValidationFailure> failures)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        failures.Add(Failures.Of(path, PolicyErrorCodes.ValueMalformed, Shown(element), Shown(element), description));
        return false;
    }

    private static string Shown(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= ShownValueLength ? text : text[..ShownValueLength] + "…";
    }

    private static string Describe(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(NodaTime.LocalDate) => "date (yyyy-MM-dd)",
            _ when underlying == typeof(NodaTime.Period) => "period (ISO 8601, such as P1Y)",
            _ when underlying == typeof(Ratio) => "ratio (n/d)",
            _ when underlying == typeof(RatioThreshold) => "threshold ('>= n/d' or '> n/d')",
            _ when underlying == typeof(int) || underlying == typeof(long) => "whole number",
            _ when underlying == typeof(decimal) => "number",
            _ when underlying == typeof(bool) => "true or false",
            _ when underlying == typeof(string) => "string",
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(underlying)),
            _ => underlying.Name,
        };
    }

    // JsonTypeInfo.ElementType is .NET 9; on .NET 8 the library's lists and arrays name it themselves.
    private static Type ElementTypeOf(JsonTypeInfo typeInfo)
    {
#if NET9_0_OR_GREATER
        return typeInfo.ElementType!;
#else
        var type = typeInfo.Type;
        return type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[^1];
#endif
    }
}
