using System.Globalization;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>
/// Picks the name a report shows: the Chinese one (<c>nameZh</c>) in a Chinese culture when the data carries it,
/// otherwise the English one (<c>name</c>). The English name stays the record's identity where the library needs
/// one (a rater group's name); the Chinese one is display only.
/// </summary>
internal static class LocalNames
{
    /// <summary>Whether <paramref name="culture"/> (default: the UI culture) is a Chinese one.</summary>
    public static bool IsChinese(CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).Name.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>The name in the UI culture: <paramref name="zh"/> in Chinese when present, else <paramref name="en"/>.</summary>
    public static string Pick(string en, string? zh) => IsChinese() && !string.IsNullOrWhiteSpace(zh) ? zh : en;
}

/// <summary>A named area of the township (a village, a community, a migrant settlement), by its area code.</summary>
internal sealed record AreaRecord
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The Chinese name; when absent the Chinese report shows <see cref="Name"/>.</summary>
    public string? NameZh { get; init; }
}
