using System.Globalization;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// The name of a have or a grade as a reason's argument: written in the culture the reason is rendered in, so
/// that <see cref="Reason.MessageIn"/> gives the whole text, names included, in the reader's language.
/// </summary>
internal sealed class LocalizedName : IFormattable
{
    private static readonly LocalizedName[] Haves = [.. Enum.GetValues<Have>().Select(h => new LocalizedName("FH.NAME." + h.ToString().ToUpperInvariant()))];
    private static readonly LocalizedName[] Grades = [.. Enum.GetValues<Grade>().Select(g => new LocalizedName("FH.NAME." + g.ToString().ToUpperInvariant()))];
    private LocalizedName(string key) => Key = key;

    /// <summary>The resource key of the name, such as <c>FH.NAME.SEAT</c> (what a serializer writes for the argument).</summary>
    public string Key { get; }

    public static LocalizedName Of(Have have) => Haves[(int)have];

    public static LocalizedName Of(Grade grade) => Grades[(int)grade];

    public string ToString(string? format, IFormatProvider? formatProvider) => MessageCatalog.Get(Key, formatProvider as CultureInfo);

    public override string ToString() => MessageCatalog.Get(Key);
}
