using Ardalis.Specification;
using NodaTime;
using PartyBuilding.Core.Governance.Validation;

namespace PartyBuilding.Core.Governance.Specifications;

/// <summary>
/// Disclosures overdue on <c>asOf</c>, by village and id: general items (and finances of a village not set to
/// monthly) last disclosed, or tracked from, before <c>asOf − GeneralDisclosureMonths</c>; finances of a monthly
/// village before <c>asOf − FinanceDisclosureMonths</c>; a major matter never disclosed and decided before
/// <c>asOf − MajorMatterDisclosureDays</c> (the last day of the limit is on time).
/// </summary>
public sealed class DisclosuresOverdueSpec : OrdinalSpecification<DisclosureSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="policy">The policy in force on <paramref name="asOf"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public DisclosuresOverdueSpec(LocalDate asOf, GovernancePolicy policy)
    {
        new GovernancePolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        var general = CalendarEnds.MinusMonths(asOf, policy.GeneralDisclosureMonths);
        var monthly = CalendarEnds.MinusMonths(asOf, policy.FinanceDisclosureMonths);
        var major = CalendarEnds.MinusDays(asOf, policy.MajorMatterDisclosureDays);
        Query.Where(d =>
                ((d.Category == DisclosureCategory.General || (d.Category == DisclosureCategory.Finance && !d.MonthlyFinance))
                    && ((d.LastDisclosedOn == null && d.Since < general) || d.LastDisclosedOn < general))
                || (d.Category == DisclosureCategory.Finance && d.MonthlyFinance
                    && ((d.LastDisclosedOn == null && d.Since < monthly) || d.LastDisclosedOn < monthly))
                || (d.Category == DisclosureCategory.MajorMatter && d.LastDisclosedOn == null && d.Since < major))
             .OrderBy(d => d.Village)
             .ThenBy(d => d.Id);
    }
}
