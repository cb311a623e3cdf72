using NodaTime;

namespace PartyBuilding.Core.Outreach;

/// <summary>A cadre made responsible for a household (结对), from one day to another.</summary>
/// <param name="Household">The household.</param>
/// <param name="Cadre">The responsible cadre.</param>
/// <param name="From">The first day the cadre is responsible.</param>
/// <param name="Until">The last day the cadre is responsible (inclusive); null while the pairing lasts.</param>
/// <remarks>A household has one responsible cadre at a time: two pairings of one household that share a day are refused (<c>OUT.PAIRING_OVERLAP</c>).</remarks>
public sealed record Pairing(HouseholdId Household, CadreId Cadre, LocalDate From, LocalDate? Until = null)
{
    /// <summary>Whether the cadre is responsible on <paramref name="day"/>.</summary>
    public bool Covers(LocalDate day) => From <= day && (Until is not { } until || day <= until);
}
