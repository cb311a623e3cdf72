using System.Globalization;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// A grade band's own name as a reason figure: the policy gives it, not the resources, so it is rendered from the
/// band's names in the culture the reason is rendered in (Chinese for <c>zh</c> cultures, English otherwise),
/// falling back to the other name and then to the key.
/// </summary>
internal sealed record BandName(string Key, string? En, string? ZhCn) : IFormattable
{
    public static BandName Of(GradeBand band) => new(band.Key ?? band.Grade.ToString(), band.NameEn, band.NameZhCn);

    /// <summary>The name in the culture a reason is formatted in (string.Format passes it as the provider).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => In(formatProvider as CultureInfo ?? CultureInfo.CurrentUICulture);

    /// <summary>The name in the UI culture.</summary>
    public override string ToString() => In(CultureInfo.CurrentUICulture);

    private string In(CultureInfo culture) =>
        culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ZhCn ?? En ?? Key : En ?? ZhCn ?? Key;
}
