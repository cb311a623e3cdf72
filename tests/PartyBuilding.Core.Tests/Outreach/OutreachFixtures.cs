using NodaTime;
using PartyBuilding.Core.Outreach;

namespace PartyBuilding.Core.Tests.Outreach;

/// <summary>Households and records of a small township for the outreach tests.</summary>
internal static class OutreachFixtures
{
    public static readonly HouseholdId Wang = new("hh-wang");
    public static readonly CadreId Li = new("cadre-li");
    public static readonly CadreId Zhao = new("cadre-zhao");
    public static readonly OrganizationId Village = new("village-east");

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static OutreachRecord Visit(LocalDate on, CadreId? cadre = null, bool confirmed = true) => new(Wang, cadre ?? Li, on, null, confirmed);

    public static OutreachRecord Item(OutreachItem item, LocalDate on, CadreId? cadre = null, bool confirmed = true) => new(Wang, cadre ?? Li, on, item, confirmed);

    /// <summary>All six items on one day.</summary>
    public static IEnumerable<OutreachRecord> SixOnes(LocalDate on, CadreId? cadre = null, bool confirmed = true) =>
        Enum.GetValues<OutreachItem>().Select(i => Item(i, on, cadre, confirmed));

    public static HouseholdOutreach Household(IEnumerable<OutreachRecord> records, params Pairing[] pairings) =>
        new(Wang, Village, pairings.Length == 0 ? [new Pairing(Wang, Li, D(2025, 3, 1))] : pairings, [.. records]);
}
