using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// Works out a mobile member's contact standing (regular contact and reporting system) from their
/// contact records, with the policy version in force on the as-of date.
/// </summary>
/// <remarks>
/// <para>Each interval runs from the latest record that answers it, or from the day monitoring started
/// when that is later or there is no such record, and is exceeded when that day is before
/// <c>asOf − N months</c> (calendar months): a report on 15 January keeps a member current through
/// 15 February with the default one-month interval, and overdue from 16 February.</para>
/// <list type="bullet">
/// <item><see cref="ContactStanding.LostContact"/>: no record of any kind within <see cref="AffiliationPolicy.LostContactMonths"/>.</item>
/// <item><see cref="ContactStanding.WithdrawalReview"/>: otherwise, no <see cref="ContactKind.OrganizationalLife"/> or no
/// <see cref="ContactKind.AssignedWork"/> within <see cref="AffiliationPolicy.WithdrawalReviewMonths"/>; or that many
/// consecutive calendar months before the as-of month without <see cref="ContactKind.DuesPaid"/> (dues are monthly: a
/// payment pays the month it is made in, and months are owed from the month monitoring started; the same rule as
/// <see cref="DuesStanding.ConsecutiveUnpaidMonths"/>).</item>
/// <item><see cref="ContactStanding.Overdue"/>: otherwise, no <see cref="ContactKind.Report"/> within <see cref="AffiliationPolicy.ReportingIntervalMonths"/>.</item>
/// <item><see cref="ContactStanding.Current"/>: none of these.</item>
/// </list>
/// <para>The library only flags; the branch reviews and decides (党章 Art. 9 requires "without proper reason").
/// Pure, deterministic and thread-safe.</para>
/// </remarks>
public sealed class ContactStandingAssessor : IContactStandingAssessor
{
    private static readonly ContactRecordValidator RecordValidator = new();
    private static readonly int KindCount = Enum.GetValues<ContactKind>().Length;
    private readonly PolicySet<AffiliationPolicy> policies;

    /// <summary>Creates the assessor with one policy, in force on every date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public ContactStandingAssessor(AffiliationPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates the assessor with policy versions; each assessment uses the version in force on its as-of date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent; every failure is listed.</exception>
    public ContactStandingAssessor(PolicySet<AffiliationPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        this.policies = policies.ThrowIfInvalid(new AffiliationPolicyValidator(), nameof(policies));
    }

    /// <inheritdoc />
    public ContactAssessment Assess(MemberId member, LocalDate monitoredSince, IEnumerable<ContactRecord> records, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        var failures = new List<ValidationFailure>();
        if (member.IsDefault)
        {
            failures.Add(Failures.Of(nameof(member), AffiliationErrorCodes.MemberIdMissing, null));
        }

        if (monitoredSince > asOf)
        {
            failures.Add(Failures.Of(nameof(monitoredSince), AffiliationErrorCodes.MonitoredSinceAfterAsOf, monitoredSince, monitoredSince, asOf));
        }

        var latest = new LocalDate?[KindCount];
        var seen = new HashSet<ContactRecord>();
        var index = 0;
        foreach (var record in records)
        {
            var property = $"{nameof(records)}[{index++}]";
            var before = failures.Count;
            if (!RecordValidator.AddItemFailures(record, property, failures) || failures.Count > before)
            {
                continue;
            }

            if (!member.IsDefault && record.Member != member)
            {
                failures.Add(Failures.Of(property + ".Member", AffiliationErrorCodes.ContactOfAnotherMember, record.Member.Value, record.Member.Value, member.Value));
            }

            if (record.On > asOf)
            {
                failures.Add(Failures.Of(property + ".On", AffiliationErrorCodes.ContactAfterAsOf, record.On, record.On, asOf));
            }

            if (!seen.Add(record))
            {
                failures.Add(Failures.Of(property, AffiliationErrorCodes.ContactDuplicate, record.On, record.Kind, record.On));
            }

            var kind = (int)record.Kind;
            if (latest[kind] is not { } known || record.On > known)
            {
                latest[kind] = record.On;
            }
        }

        Failures.ThrowIfAny(failures);

        var version = policies.InForceOn(asOf);
        var policy = version.Policy;
        LocalDate From(ContactKind kind) => latest[(int)kind] is { } last && last > monitoredSince ? last : monitoredSince;

        var lastContact = monitoredSince;
        foreach (var last in latest)
        {
            if (last is { } day && day > lastContact)
            {
                lastContact = day;
            }
        }

        var reasons = new List<Reason>(5);
        var lost = lastContact < ContactCutoff.Of(asOf, policy.LostContactMonths);
        if (lost)
        {
            reasons.Add(Reason.Of(AffiliationReasonCodes.LostContact, lastContact, policy.LostContactMonths));
        }

        var withdrawalCutoff = ContactCutoff.Of(asOf, policy.WithdrawalReviewMonths);
        var withdrawal = false;
        foreach (var (kind, code) in WithdrawalCriteria)
        {
            if (kind == ContactKind.DuesPaid ? DuesUnpaidForReview(monitoredSince, latest[(int)kind], asOf, policy.WithdrawalReviewMonths) : From(kind) < withdrawalCutoff)
            {
                withdrawal = true;
                reasons.Add(Reason.Of(code, From(kind), policy.WithdrawalReviewMonths));
            }
        }

        var overdue = From(ContactKind.Report) < ContactCutoff.Of(asOf, policy.ReportingIntervalMonths);
        if (overdue)
        {
            reasons.Add(Reason.Of(AffiliationReasonCodes.ReportOverdue, From(ContactKind.Report), policy.ReportingIntervalMonths));
        }

        var standing = lost ? ContactStanding.LostContact
            : withdrawal ? ContactStanding.WithdrawalReview
            : overdue ? ContactStanding.Overdue
            : ContactStanding.Current;
        if (standing == ContactStanding.Current)
        {
            reasons.Add(Reason.Of(AffiliationReasonCodes.ContactCurrent, From(ContactKind.Report)));
        }

        return new ContactAssessment(member, asOf, standing, version.Label, reasons.AsReadOnly());
    }

    /// <summary>
    /// Dues are monthly, so "six consecutive months without dues" is the Members rule of consecutive unpaid months
    /// before the as-of month, owed from the month monitoring started, a payment paying the month it was made in.
    /// </summary>
    private static bool DuesUnpaidForReview(LocalDate monitoredSince, LocalDate? lastPaid, LocalDate asOf, int months) =>
        UnpaidDuesRule.IsForReview(UnpaidDuesRule.ConsecutiveUnpaidMonths(monitoredSince.ToYearMonth(), lastPaid?.ToYearMonth(), asOf.ToYearMonth()), months);

    private static readonly (ContactKind Kind, string Code)[] WithdrawalCriteria =
    [
        (ContactKind.OrganizationalLife, AffiliationReasonCodes.NoOrganizationalLife),
        (ContactKind.DuesPaid, AffiliationReasonCodes.NoDuesPaid),
        (ContactKind.AssignedWork, AffiliationReasonCodes.NoAssignedWork),
    ];
}
