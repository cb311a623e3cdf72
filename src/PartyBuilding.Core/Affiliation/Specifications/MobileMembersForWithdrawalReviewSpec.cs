using Ardalis.Specification;
using NodaTime;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Core.Affiliation.Specifications;

/// <summary>
/// Mobile members to flag for withdrawal review on <c>asOf</c> (standing <see cref="ContactStanding.WithdrawalReview"/>):
/// still in contact, but without organizational life, or without dues, or without assigned work for the
/// withdrawal-review interval (党章 Art. 9). Ordered by id. The branch reviews; the library never decides.
/// </summary>
public sealed class MobileMembersForWithdrawalReviewSpec : OrdinalSpecification<MobileMemberSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="policy">The policy in force on <paramref name="asOf"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public MobileMembersForWithdrawalReviewSpec(LocalDate asOf, AffiliationPolicy policy)
    {
        new AffiliationPolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        var lost = ContactCutoff.Of(asOf, policy.LostContactMonths);
        var cutoff = ContactCutoff.Of(asOf, policy.WithdrawalReviewMonths);
        var (duesPaidBefore, duesOwedBefore) = UnpaidDuesRule.Bounds(asOf, policy.WithdrawalReviewMonths); // dues by calendar month
        Query.Where(m => (m.MonitoredSince >= lost || (m.LastContactOn != null && m.LastContactOn >= lost))
                         && ((m.MonitoredSince < cutoff
                              && (m.LastOrganizationalLifeOn == null || m.LastOrganizationalLifeOn < cutoff
                                  || m.LastAssignedWorkOn == null || m.LastAssignedWorkOn < cutoff))
                             || (m.MonitoredSince < duesOwedBefore && (m.LastDuesPaidOn == null || m.LastDuesPaidOn < duesPaidBefore))))
             .OrderBy(m => m.Id);
    }
}
