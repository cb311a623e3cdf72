using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Outreach.Specifications;

/// <summary>
/// Households missing <c>item</c> on <c>asOf</c>: for the archive and the contact card, no record that counts in
/// the pairing responsible on that day (or no such pairing); for the other four, none since 1 January of that
/// year. Ordered by village, then household.
/// </summary>
public sealed class HouseholdsMissingItemSpec : OrdinalSpecification<HouseholdOutreachSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="item">The item asked about.</param>
    /// <param name="asOf">The date asked about.</param>
    /// <exception cref="InvalidInputException"><paramref name="item"/> is not defined (code <c>OUT.ITEM_UNDEFINED</c>).</exception>
    public HouseholdsMissingItemSpec(OutreachItem item, LocalDate asOf)
    {
        var yearStart = new LocalDate(asOf.Year, 1, 1);
        _ = item switch
        {
            OutreachItem.Archive => Query.Where(s => s.Cadre == null || s.PairedSince == null || s.PairedSince > asOf || (s.PairedUntil != null && s.PairedUntil < asOf)
                || s.ArchiveOn == null || s.ArchiveOn < s.PairedSince),
            OutreachItem.ContactCard => Query.Where(s => s.Cadre == null || s.PairedSince == null || s.PairedSince > asOf || (s.PairedUntil != null && s.PairedUntil < asOf)
                || s.ContactCardOn == null || s.ContactCardOn < s.PairedSince),
            OutreachItem.PolicyPromoted => Query.Where(s => s.PolicyPromotedOn == null || s.PolicyPromotedOn < yearStart),
            OutreachItem.ProblemSolved => Query.Where(s => s.ProblemSolvedOn == null || s.ProblemSolvedOn < yearStart),
            OutreachItem.WayToProsperity => Query.Where(s => s.WayToProsperityOn == null || s.WayToProsperityOn < yearStart),
            OutreachItem.GoodDeed => Query.Where(s => s.GoodDeedOn == null || s.GoodDeedOn < yearStart),
            _ => throw new InvalidInputException([Failures.Of(nameof(item), OutreachErrorCodes.ItemUndefined, item, item)], nameof(item)),
        };
        Query.OrderBy(s => s.Village).ThenBy(s => s.Id);
    }
}
