namespace PartyBuilding.Core.Accountability;

/// <summary>The names of the accountability enumerations, as reason figures rendered in the reader's culture.</summary>
internal static class AccountabilityName
{
    public static LocalizedName Of(SanctionLevel level) => new("ACC.NAME.SANCTION." + level.ToString());

    public static LocalizedName Of(OrganizationSanctionLevel level) => new("ACC.NAME.ORGANIZATION_SANCTION." + level.ToString());

    public static LocalizedName Of(MisconductKind kind) => new("ACC.NAME.MISCONDUCT." + kind.ToString());

    public static LocalizedName Of(Impact impact) => new("ACC.NAME.IMPACT." + impact.ToString());
}
