namespace PartyBuilding.Core.Accountability;

/// <summary>The localized names of the accountability enumerations, for the text of reasons.</summary>
internal static class AccountabilityNames
{
    public static string Of(SanctionLevel level) => MessageCatalog.Get("ACC.NAME.SANCTION." + level.ToString());

    public static string Of(OrganizationSanctionLevel level) => MessageCatalog.Get("ACC.NAME.ORGANIZATION_SANCTION." + level.ToString());

    public static string Of(MisconductKind kind) => MessageCatalog.Get("ACC.NAME.MISCONDUCT." + kind.ToString());

    public static string Of(Impact impact) => MessageCatalog.Get("ACC.NAME.IMPACT." + impact.ToString());
}
