using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Outreach.Specifications;

/// <summary>Households with no cadre responsible on <c>asOf</c> (never paired, or the pairing not yet begun or ended). Ordered by village, then household.</summary>
public sealed class HouseholdsWithoutResponsibleCadreSpec : OrdinalSpecification<HouseholdOutreachSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date asked about.</param>
    public HouseholdsWithoutResponsibleCadreSpec(LocalDate asOf)
    {
        Query.Where(s => s.Cadre == null || s.PairedSince == null || s.PairedSince > asOf || (s.PairedUntil != null && s.PairedUntil < asOf))
             .OrderBy(s => s.Village)
             .ThenBy(s => s.Id);
    }
}
