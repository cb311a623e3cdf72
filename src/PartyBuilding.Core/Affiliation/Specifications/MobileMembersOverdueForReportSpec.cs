using Ardalis.Specification;
using NodaTime;
using PartyBuilding.Core.Affiliation.Validation;

namespace PartyBuilding.Core.Affiliation.Specifications;

/// <summary>
/// Mobile members with no report within the reporting interval on <c>asOf</c> (whatever else their
/// standing is), longest overdue first, then by id. Agrees with the <see cref="AffiliationReasonCodes.ReportOverdue"/>
/// finding of <see cref="ContactStandingAssessor"/>.
/// </summary>
public sealed class MobileMembersOverdueForReportSpec : OrdinalSpecification<MobileMemberSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="policy">The policy in force on <paramref name="asOf"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public MobileMembersOverdueForReportSpec(LocalDate asOf, AffiliationPolicy policy)
    {
        new AffiliationPolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        var cutoff = ContactCutoff.Of(asOf, policy.ReportingIntervalMonths);
        Query.Where(m => m.MonitoredSince < cutoff && (m.LastReportOn == null || m.LastReportOn < cutoff))
             .OrderByDescending(m => m.LastReportOn == null) // never reported first on every database (PostgreSQL puts nulls last)
             .ThenBy(m => m.LastReportOn)
             .ThenBy(m => m.MonitoredSince)
             .ThenBy(m => m.Id);
    }
}
