using Ardalis.Specification;
using NodaTime;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Core.Affiliation.Specifications;

/// <summary>
/// Mobile members the branch is to review on <c>asOf</c>: lost contact or withdrawal review
/// (<see cref="ContactAssessment.IsFlaggedForReview"/>). Ordered by id.
/// </summary>
public sealed class MobileMembersFlaggedForReviewSpec : OrdinalSpecification<MobileMemberSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="policy">The policy in force on <paramref name="asOf"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public MobileMembersFlaggedForReviewSpec(LocalDate asOf, AffiliationPolicy policy)
    {
        new AffiliationPolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        var lost = ContactCutoff.Of(asOf, policy.LostContactMonths);
        var cutoff = ContactCutoff.Of(asOf, policy.WithdrawalReviewMonths);
        var (duesPaidBefore, duesOwedBefore) = UnpaidDuesRule.Bounds(asOf, policy.WithdrawalReviewMonths); // dues by calendar month
        Query.Where(m => (m.MonitoredSince < lost && (m.LastContactOn == null || m.LastContactOn < lost))
                         || (m.MonitoredSince < cutoff
                             && (m.LastOrganizationalLifeOn == null || m.LastOrganizationalLifeOn < cutoff
                                 || m.LastAssignedWorkOn == null || m.LastAssignedWorkOn < cutoff))
                         || (m.MonitoredSince < duesOwedBefore && (m.LastDuesPaidOn == null || m.LastDuesPaidOn < duesPaidBefore)))
             .OrderBy(m => m.Id);
    }
}
