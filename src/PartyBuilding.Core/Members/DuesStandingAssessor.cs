using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Members.Validation;

namespace PartyBuilding.Core.Members;

/// <summary>
/// Works out dues standing from payment records with the <see cref="DuesPolicy"/> version in force on the as-of date:
/// months owed from the month of admission up to the month before the as-of month, those paid and those in
/// arrears, the oldest month back payment can still make up, and the flag at consecutive unpaid months (the same rule contact standing uses).
/// </summary>
/// <remarks>Pure, deterministic and thread-safe; the order of the payments does not matter.</remarks>
public sealed class DuesStandingAssessor : IDuesStandingAssessor
{
    private static readonly DuesPaymentValidator PaymentValidator = new();
    private readonly PolicySet<DuesPolicy> policies;

    /// <summary>Creates the assessor with one policy, in force on every date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public DuesStandingAssessor(DuesPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates the assessor with policy versions; each standing uses the version in force on its as-of date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent; every failure is listed.</exception>
    public DuesStandingAssessor(PolicySet<DuesPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        this.policies = policies.ThrowIfInvalid(new DuesPolicyValidator(), nameof(policies));
    }

    /// <inheritdoc />
    public DuesStanding Assess(MemberId member, LocalDate admittedOn, IEnumerable<DuesPayment> payments, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(payments);
        var failures = new List<ValidationFailure>();
        if (member.IsDefault)
        {
            failures.Add(Failures.Of(nameof(member), MembersErrorCodes.MemberIdMissing, null));
        }

        if (admittedOn > asOf)
        {
            failures.Add(Failures.Of(nameof(admittedOn), MembersErrorCodes.AdmittedAfterAsOf, admittedOn, admittedOn, asOf));
        }

        var owedFrom = UnpaidDuesRule.Index(admittedOn.ToYearMonth());
        var asOfMonth = UnpaidDuesRule.Index(asOf.ToYearMonth());
        var paid = new HashSet<int>();
        int? latest = null;
        var index = 0;
        foreach (var payment in payments)
        {
            var property = $"{nameof(payments)}[{index++}]";
            var before = failures.Count;
            if (!PaymentValidator.AddItemFailures(payment, property, failures) || failures.Count > before)
            {
                continue;
            }

            if (!member.IsDefault && payment.Member != member)
            {
                failures.Add(Failures.Of(property + ".Member", MembersErrorCodes.PaymentOfAnotherMember, payment.Member.Value, payment.Member.Value, member.Value));
            }

            if (payment.PaidOn > asOf)
            {
                failures.Add(Failures.Of(property + ".PaidOn", MembersErrorCodes.PaymentAfterAsOf, payment.PaidOn, payment.PaidOn, asOf));
            }

            var month = UnpaidDuesRule.Index(payment.Month);
            if (month < owedFrom)
            {
                failures.Add(Failures.Of(property + ".Month", MembersErrorCodes.PaymentBeforeAdmission, payment.Month, payment.Month, admittedOn.ToYearMonth()));
            }
            else if (!paid.Add(month))
            {
                failures.Add(Failures.Of(property + ".Month", MembersErrorCodes.PaymentDuplicate, payment.Month, payment.Month));
            }
            else if (month < asOfMonth && (latest is null || month > latest))
            {
                latest = month;
            }
        }

        Failures.ThrowIfAny(failures);

        var version = policies.InForceOn(asOf);
        var policy = version.Policy;
        var owed = Math.Max(0, asOfMonth - owedFrom);
        var arrears = new List<YearMonth>();
        for (var m = owedFrom; m < asOfMonth; m++)
        {
            if (!paid.Contains(m))
            {
                arrears.Add(UnpaidDuesRule.Month(m));
            }
        }

        // Back payment reaches the policy's months back from the month before the as-of month.
        var payableFrom = UnpaidDuesRule.Index(asOf.ToYearMonth()) - policy.BackPaymentMonths;
        var oldestPayable = arrears.FindIndex(m => UnpaidDuesRule.Index(m) >= payableFrom);
        var unpaidInARow = UnpaidDuesRule.ConsecutiveUnpaidMonths(
            admittedOn.ToYearMonth(), latest is { } l ? UnpaidDuesRule.Month(l) : null, asOf.ToYearMonth());
        var flagged = UnpaidDuesRule.IsForReview(unpaidInARow, policy.ReviewAfterUnpaidMonths);

        var reasons = new List<Reason>(4);
        if (owed == 0)
        {
            reasons.Add(Reason.Of(MembersReasonCodes.NothingOwed, admittedOn, asOf.ToYearMonth()));
        }
        else if (arrears.Count == 0)
        {
            reasons.Add(Reason.Of(MembersReasonCodes.PaidUp, owed, admittedOn.ToYearMonth(), UnpaidDuesRule.Month(asOfMonth - 1)));
        }
        else
        {
            reasons.Add(Reason.Of(MembersReasonCodes.InArrears, arrears.Count, owed, asOf.ToYearMonth(), arrears[0]));
            if (flagged)
            {
                reasons.Add(Reason.Of(MembersReasonCodes.UnpaidForReview, unpaidInARow, UnpaidDuesRule.Month(asOfMonth - 1), policy.ReviewAfterUnpaidMonths));
            }

            if (oldestPayable >= 0)
            {
                reasons.Add(Reason.Of(MembersReasonCodes.BackPaymentFrom, arrears[oldestPayable], policy.BackPaymentMonths));
            }

            var beyond = oldestPayable >= 0 ? oldestPayable : arrears.Count;
            if (beyond > 0)
            {
                reasons.Add(Reason.Of(MembersReasonCodes.BeyondBackPayment, beyond, policy.BackPaymentMonths));
            }
        }

        return new DuesStanding(
            member,
            asOf,
            admittedOn.ToYearMonth(),
            owed,
            owed - arrears.Count,
            arrears,
            oldestPayable >= 0 ? arrears[oldestPayable] : null,
            unpaidInARow,
            flagged,
            version.Label,
            reasons);
    }
}
