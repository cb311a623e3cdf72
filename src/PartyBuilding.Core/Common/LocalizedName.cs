using System.Globalization;

namespace PartyBuilding.Core;

/// <summary>
/// The name of a value (a level, a kind, a have) kept as a reason's figure: it is written in the culture the
/// reason is rendered in, so <see cref="Reason.MessageIn"/> gives the names in the reader's language too.
/// </summary>
/// <param name="Key">The resource key of the name.</param>
internal sealed record LocalizedName(string Key) : IFormattable
{
    /// <summary>The name in the culture a reason is formatted in (string.Format passes it as the provider).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => MessageCatalog.Get(Key, formatProvider as CultureInfo);

    /// <summary>The name in the UI culture.</summary>
    public override string ToString() => MessageCatalog.Get(Key);
}
