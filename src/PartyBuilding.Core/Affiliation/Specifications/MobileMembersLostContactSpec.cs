using Ardalis.Specification;
using NodaTime;
using PartyBuilding.Core.Affiliation.Validation;

namespace PartyBuilding.Core.Affiliation.Specifications;

/// <summary>
/// Mobile members to flag as lost contact on <c>asOf</c> (standing <see cref="ContactStanding.LostContact"/>):
/// no contact of any kind within the lost-contact interval. Ordered by last contact, then id.
/// </summary>
public sealed class MobileMembersLostContactSpec : OrdinalSpecification<MobileMemberSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="policy">The policy in force on <paramref name="asOf"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public MobileMembersLostContactSpec(LocalDate asOf, AffiliationPolicy policy)
    {
        new AffiliationPolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        var lost = ContactCutoff.Of(asOf, policy.LostContactMonths);
        Query.Where(m => m.MonitoredSince < lost && (m.LastContactOn == null || m.LastContactOn < lost))
             .OrderByDescending(m => m.LastContactOn == null) // never contacted first on every database (PostgreSQL puts nulls last)
             .ThenBy(m => m.LastContactOn)
             .ThenBy(m => m.MonitoredSince)
             .ThenBy(m => m.Id);
    }
}
