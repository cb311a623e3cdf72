using System.Globalization;

namespace PartyBuilding.Core.Accountability;

/// <summary>
/// The name of an accountability enumeration value, kept as a reason's figure: it is written in the culture the
/// reason is rendered in, so <see cref="Reason.MessageIn"/> gives the names in the reader's language too.
/// </summary>
/// <param name="Key">The resource key of the name.</param>
internal sealed record AccountabilityName(string Key) : IFormattable
{
    public static AccountabilityName Of(SanctionLevel level) => new("ACC.NAME.SANCTION." + level.ToString());

    public static AccountabilityName Of(OrganizationSanctionLevel level) => new("ACC.NAME.ORGANIZATION_SANCTION." + level.ToString());

    public static AccountabilityName Of(MisconductKind kind) => new("ACC.NAME.MISCONDUCT." + kind.ToString());

    public static AccountabilityName Of(Impact impact) => new("ACC.NAME.IMPACT." + impact.ToString());

    /// <summary>The name in the culture a reason is formatted in (string.Format passes it as the provider).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => MessageCatalog.Get(Key, formatProvider as CultureInfo);

    /// <summary>The name in the UI culture.</summary>
    public override string ToString() => MessageCatalog.Get(Key);
}
