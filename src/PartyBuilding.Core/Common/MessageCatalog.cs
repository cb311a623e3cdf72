using System.Globalization;
using System.Resources;

namespace PartyBuilding.Core;

/// <summary>
/// Localized text for every reason and error code, read from the embedded resources
/// (<c>Resources/*.resx</c>, English neutral, <c>zh-CN</c> satellite). The resource key is the code.
/// </summary>
/// <remarks>
/// Each capability keeps its own resource file; the catalog finds every file the assembly embeds
/// under <c>Resources/</c>, so it names no capability and a new one adds its text without touching it.
/// Nothing is cached here: each <see cref="ResourceManager"/> keeps the resource sets it has read,
/// and a lookup is a dictionary read per file.
/// </remarks>
internal static class MessageCatalog
{
    private const string Prefix = "PartyBuilding.Core.Resources.";
    private const string Suffix = ".resources";

    private static readonly ResourceManager[] Managers =
    [
        .. typeof(MessageCatalog).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new ResourceManager(name[..^Suffix.Length], typeof(MessageCatalog).Assembly)),
    ];

    /// <summary>Every resource manager, for the conventions tests.</summary>
    internal static IReadOnlyList<ResourceManager> All => Managers;

    /// <summary>The text of <paramref name="code"/> in <paramref name="culture"/> (the UI culture when null).</summary>
    /// <returns>The text, or the code itself when no resource holds it (the conventions test forbids that).</returns>
    public static string Get(string code, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        foreach (var manager in Managers)
        {
            if (manager.GetString(code, culture) is { } text)
            {
                return text;
            }
        }

        return code;
    }

    /// <summary>The text of <paramref name="code"/> with its placeholders filled, in the UI culture.</summary>
    public static string Format(string code, params object?[] arguments) => FormatIn(CultureInfo.CurrentUICulture, code, arguments);

    /// <summary>The text of <paramref name="code"/> with its placeholders filled, in <paramref name="culture"/>.</summary>
    public static string FormatIn(CultureInfo culture, string code, params object?[] arguments)
    {
        var template = Get(code, culture);
        return arguments.Length == 0 ? template : string.Format(culture, template, arguments);
    }

    /// <summary>Whether <paramref name="culture"/> itself (without falling back to a parent) has text for <paramref name="code"/>.</summary>
    internal static bool HasOwnText(string code, CultureInfo culture)
    {
        foreach (var manager in Managers)
        {
            var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            if (set?.GetString(code) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
