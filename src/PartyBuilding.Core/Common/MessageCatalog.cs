using System.Globalization;
using System.Resources;

namespace PartyBuilding.Core;

/// <summary>
/// Localized text for every reason and error code, read from the embedded resources: a code
/// <c>PREFIX.REST</c> has its text in <c>Resources/PREFIX.resx</c> (English, neutral) and
/// <c>Resources/PREFIX.zh-CN.resx</c> (satellite). The resource key is the code.
/// </summary>
/// <remarks>
/// The catalog finds the resource files the assembly embeds, so it names no capability and a new one adds
/// its text without touching it. A lookup reads one resource file, chosen by the code's prefix: reasons are
/// written for every decision of a batch (the province-scale runs in <c>docs/benchmarks.md</c>), and asking
/// every file in turn cost a microsecond a reason. Nothing is cached here beyond the file index, which holds
/// the library's own files only; each <see cref="ResourceManager"/> keeps the resource sets it has read.
/// </remarks>
internal static class MessageCatalog
{
    private const string Prefix = "PartyBuilding.Core.Resources.";
    private const string Suffix = ".resources";

    // A handful of files: a scan by span finds a code's file without cutting a prefix string for every reason.
    private static readonly (string Prefix, ResourceManager Manager)[] ByPrefix =
    [
        .. typeof(MessageCatalog).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(name => name[..^Suffix.Length])
            .Select(name => (name[Prefix.Length..], new ResourceManager(name, typeof(MessageCatalog).Assembly))),
    ];

    /// <summary>Every resource manager, for the conventions tests.</summary>
    internal static IReadOnlyCollection<ResourceManager> All => [.. ByPrefix.Select(f => f.Manager)];

    /// <summary>The text of <paramref name="code"/> in <paramref name="culture"/> (the UI culture when null).</summary>
    /// <returns>The text, or the code itself when no resource holds it (the conventions test forbids that).</returns>
    public static string Get(string code, CultureInfo? culture = null) =>
        ManagerOf(code)?.GetString(code, culture ?? CultureInfo.CurrentUICulture) ?? code;

    /// <summary>The text of <paramref name="code"/> with its placeholders filled, in the UI culture.</summary>
    public static string Format(string code, params object?[] arguments) => FormatIn(CultureInfo.CurrentUICulture, code, arguments);

    /// <summary>The text of <paramref name="code"/> with its placeholders filled, in <paramref name="culture"/>.</summary>
    public static string FormatIn(CultureInfo culture, string code, params object?[] arguments)
    {
        var template = Get(code, culture);
        return arguments.Length == 0 ? template : string.Format(culture, template, arguments);
    }

    /// <summary>
    /// The text of a failure built by hand: numbered placeholders from <paramref name="arguments"/>, and
    /// FluentValidation's <c>{PropertyName}</c> and <c>{PropertyValue}</c> filled as FluentValidation fills them,
    /// so a code's text reads the same whether a validator rule or <see cref="Failures.Of"/> reports it.
    /// </summary>
    public static string FormatFailure(string code, string property, object? attemptedValue, object?[] arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var template = Get(code, culture);
        if (arguments.Length > 0)
        {
            // Doubled braces survive string.Format as the named placeholders, filled below.
            template = string.Format(
                culture,
                template.Replace(PropertyName, "{" + PropertyName + "}", StringComparison.Ordinal).Replace(PropertyValue, "{" + PropertyValue + "}", StringComparison.Ordinal),
                arguments);
        }

        return template
            .Replace(PropertyName, property, StringComparison.Ordinal)
            .Replace(PropertyValue, Convert.ToString(attemptedValue, culture) ?? string.Empty, StringComparison.Ordinal);
    }

    private const string PropertyName = "{PropertyName}";
    private const string PropertyValue = "{PropertyValue}";

    /// <summary>Whether <paramref name="culture"/> itself (without falling back to a parent) has text for <paramref name="code"/>.</summary>
    internal static bool HasOwnText(string code, CultureInfo culture) =>
        ManagerOf(code)?.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(code) is not null;

    private static ResourceManager? ManagerOf(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var prefix = code.AsSpan(0, dot);
            foreach (var (name, manager) in ByPrefix)
            {
                if (prefix.SequenceEqual(name))
                {
                    return manager;
                }
            }
        }

        return null;
    }
}
