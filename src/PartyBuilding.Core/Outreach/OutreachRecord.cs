using NodaTime;

namespace PartyBuilding.Core.Outreach;

/// <summary>A record of outreach to a household: a visit (no item) or one of the six items done.</summary>
/// <param name="Household">The household.</param>
/// <param name="Cadre">The cadre who made it; they must be paired with the household on <paramref name="On"/>.</param>
/// <param name="On">The day.</param>
/// <param name="Item">The item done; null for a visit (入户走访). A visit on which an item is done is two records.</param>
/// <param name="ConfirmedByHousehold">Whether the household signed the record; by default only confirmed records count (<see cref="OutreachPolicy.RequireHouseholdConfirmation"/>).</param>
public sealed record OutreachRecord(HouseholdId Household, CadreId Cadre, LocalDate On, OutreachItem? Item, bool ConfirmedByHousehold)
{
    /// <summary>Whether this record is a visit.</summary>
    public bool IsVisit => Item is null;
}
