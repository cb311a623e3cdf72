using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace PartyBuilding.Core;

/// <summary>
/// Localized text for every reason and error code, read from the embedded resources
/// (<c>Resources/*.resx</c>, English neutral, <c>zh-CN</c> satellite). The resource key is the code.
/// </summary>
/// <remarks>
/// Each capability keeps its own resource file so that capabilities can be added without touching
/// each other's text. Text is picked by <see cref="CultureInfo.CurrentUICulture"/>; a code never
/// changes with culture.
/// </remarks>
internal static class MessageCatalog
{
    private static readonly ResourceManager[] Managers =
    [
        Create("Messages"),
        Create("AffiliationMessages"),
        Create("FourHavesMessages"),
        Create("EvaluationMessages"),
        Create("AccountabilityMessages"),
    ];

    /// <summary>
    /// Each text once looked up, per culture: a lookup asks up to five resource managers, and reasons are
    /// written in batches. Bounded by the codes times the cultures a host uses.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Code, CultureInfo Culture), string> Texts = new();

    /// <summary>Every resource manager, for the conventions tests.</summary>
    internal static IReadOnlyList<ResourceManager> All => Managers;

    /// <summary>The text of <paramref name="code"/> in <paramref name="culture"/> (the UI culture when null).</summary>
    /// <returns>The text, or the code itself when no resource holds it (the conventions test forbids that).</returns>
    public static string Get(string code, CultureInfo? culture = null) =>
        Texts.GetOrAdd((code, culture ?? CultureInfo.CurrentUICulture), static key => Lookup(key.Code, key.Culture));

    private static string Lookup(string code, CultureInfo culture)
    {
        foreach (var manager in Managers)
        {
            var text = manager.GetString(code, culture);
            if (text is not null)
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

    private static ResourceManager Create(string name) =>
        new("PartyBuilding.Core.Resources." + name, typeof(MessageCatalog).Assembly);
}
