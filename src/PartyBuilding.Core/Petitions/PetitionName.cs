namespace PartyBuilding.Core.Petitions;

/// <summary>The names of the petition enumerations, as reason figures rendered in the reader's culture.</summary>
internal static class PetitionName
{
    public static LocalizedName Of(PetitionTier tier) => new("PET.NAME.TIER." + tier.ToString());

    public static LocalizedName Of(MatterCategory category) => new("PET.NAME.CATEGORY." + category.ToString());

    public static LocalizedName Of(Gravity gravity) => new("PET.NAME.GRAVITY." + gravity.ToString());

    public static LocalizedName Of(OtherProcedure procedure) => new("PET.NAME.PROCEDURE." + procedure.ToString());
}
