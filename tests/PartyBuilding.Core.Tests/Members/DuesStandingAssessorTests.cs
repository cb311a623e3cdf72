using NodaTime;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Core.Tests.Members;

public sealed class DuesStandingAssessorTests
{
    private static readonly MemberId Li = new("li");
    private readonly DuesStandingAssessor assessor = new(DuesPolicy.Default);

    private static DuesPayment P(int year, int month) => new(Li, new YearMonth(year, month), new YearMonth(year, month).OnDayOfMonth(10));

    private static DuesPayment[] Months(YearMonth from, YearMonth to)
    {
        var list = new List<DuesPayment>();
        for (var m = from; m <= to; m = m.PlusMonths(1))
        {
            list.Add(P(m.Year, m.Month));
        }

        return [.. list];
    }

    private DuesStanding Assess(LocalDate admitted, IEnumerable<DuesPayment> payments, LocalDate asOf) => assessor.Assess(Li, admitted, payments, asOf);

    [Fact]
    public void A_member_admitted_this_month_owes_nothing_yet()
    {
        var s = Assess(new LocalDate(2026, 6, 30), [], new LocalDate(2026, 6, 30));

        Assert.Equal((0, 0, 0, false), (s.MonthsOwed, s.MonthsPaid, s.ConsecutiveUnpaidMonths, s.IsFlaggedForReview));
        Assert.Equal([MembersReasonCodes.NothingOwed], s.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void The_month_of_admission_is_owed_and_the_as_of_month_is_not()
    {
        var s = Assess(new LocalDate(2026, 1, 31), [], new LocalDate(2026, 3, 1));

        Assert.Equal(new YearMonth(2026, 1), s.OwedFrom);
        Assert.Equal([new YearMonth(2026, 1), new YearMonth(2026, 2)], s.MonthsInArrears);
        Assert.Equal(2, s.ConsecutiveUnpaidMonths);
    }

    [Fact]
    public void A_member_who_paid_every_month_owed_is_paid_up_and_a_payment_for_the_as_of_month_counts_for_nothing_owed()
    {
        var s = Assess(new LocalDate(2025, 11, 5), [.. Months(new YearMonth(2025, 11), new YearMonth(2026, 6)), new(Li, new YearMonth(2026, 7), new LocalDate(2026, 6, 20))], new LocalDate(2026, 6, 30));

        Assert.Equal((7, 7, 0), (s.MonthsOwed, s.MonthsPaid, s.ConsecutiveUnpaidMonths));
        Assert.Empty(s.MonthsInArrears);
        Assert.Null(s.OldestPayableMonth);
        Assert.Equal([MembersReasonCodes.PaidUp], s.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData("2026-06-30", 5, false)] // January to May unpaid
    [InlineData("2026-07-01", 6, true)] // January to June: six consecutive months
    [InlineData("2026-07-31", 6, true)]
    [InlineData("2026-08-01", 7, true)]
    public void Six_consecutive_unpaid_months_before_the_as_of_month_flag_the_member_for_review(string asOf, int unpaid, bool flagged)
    {
        var s = Assess(new LocalDate(2024, 3, 1), Months(new YearMonth(2024, 3), new YearMonth(2025, 12)), Date(asOf));

        Assert.Equal((unpaid, flagged), (s.ConsecutiveUnpaidMonths, s.IsFlaggedForReview));
        Assert.Equal(flagged, s.Reasons.Any(r => r.Code == MembersReasonCodes.UnpaidForReview));
    }

    [Fact]
    public void A_paid_month_breaks_the_run_but_the_older_months_stay_in_arrears()
    {
        var payments = Months(new YearMonth(2025, 1), new YearMonth(2025, 12)).Append(P(2026, 4));

        var s = Assess(new LocalDate(2025, 1, 1), payments, new LocalDate(2026, 7, 15));

        Assert.Equal([new YearMonth(2026, 1), new YearMonth(2026, 2), new YearMonth(2026, 3), new YearMonth(2026, 5), new YearMonth(2026, 6)], s.MonthsInArrears);
        Assert.Equal((2, false, 13), (s.ConsecutiveUnpaidMonths, s.IsFlaggedForReview, s.MonthsPaid));
    }

    [Theory]
    [InlineData("2026-07-15", "2026-01")] // six months back from June: January is the oldest payable
    [InlineData("2026-08-01", "2026-02")] // January now lies seven months back
    public void Back_payment_reaches_six_months_back_from_the_month_before_the_as_of_month(string asOf, string oldest)
    {
        var s = Assess(new LocalDate(2025, 10, 1), Months(new YearMonth(2025, 10), new YearMonth(2025, 12)), Date(asOf));

        Assert.Equal(YearMonthOf(oldest), s.OldestPayableMonth);
        Assert.Equal(YearMonthOf(oldest) == new YearMonth(2026, 1) ? 0 : 1, s.MonthsInArrears.Count(m => m < s.OldestPayableMonth!.Value));
    }

    [Fact]
    public void Months_beyond_back_payment_are_reported_for_the_branch()
    {
        var s = Assess(new LocalDate(2025, 1, 1), [P(2026, 5), P(2026, 6)], new LocalDate(2026, 7, 1));

        Assert.Equal(new YearMonth(2026, 1), s.OldestPayableMonth);
        Assert.Equal(
            [MembersReasonCodes.InArrears, MembersReasonCodes.BackPaymentFrom, MembersReasonCodes.BeyondBackPayment],
            s.Reasons.Select(r => r.Code));
        Assert.Equal((18, 2, 16), (s.MonthsOwed, s.MonthsPaid, s.MonthsInArrears.Count));
        Assert.False(s.IsFlaggedForReview);
    }

    [Fact]
    public void A_probationary_member_owes_from_admission_like_any_other()
    {
        var s = Assess(new LocalDate(2026, 2, 14), [P(2026, 2), P(2026, 3)], new LocalDate(2026, 6, 1));

        Assert.Equal((4, 2), (s.MonthsOwed, s.MonthsPaid));
        Assert.Equal(new YearMonth(2026, 4), s.OldestPayableMonth);
    }

    [Fact]
    public void The_policy_version_in_force_on_the_as_of_date_is_used_and_named()
    {
        var set = new PolicySet<DuesPolicy>(
        [
            new PolicyVersion<DuesPolicy>("national", new LocalDate(2008, 4, 1), DuesPolicy.Default),
            new PolicyVersion<DuesPolicy>("strict", new LocalDate(2026, 7, 1), DuesPolicy.Default with { ReviewAfterUnpaidMonths = 3 }),
        ]);
        var versioned = new DuesStandingAssessor(set);

        var before = versioned.Assess(Li, new LocalDate(2026, 1, 1), [], new LocalDate(2026, 6, 30));
        var after = versioned.Assess(Li, new LocalDate(2026, 3, 1), [], new LocalDate(2026, 7, 1));

        Assert.Equal(("national", false), (before.PolicyLabel, before.IsFlaggedForReview));
        Assert.Equal(("strict", true), (after.PolicyLabel, after.IsFlaggedForReview));
    }

    [Fact]
    public void Bad_payments_are_refused_with_every_failure_listed()
    {
        var asOf = new LocalDate(2026, 6, 30);
        DuesPayment[] payments =
        [
            P(2026, 2),
            P(2026, 2),
            new(new MemberId("wang"), new YearMonth(2026, 3), asOf),
            new(Li, new YearMonth(2026, 4), asOf.PlusDays(1)),
            new(Li, new YearMonth(2025, 12), asOf),
            new(default, new YearMonth(2026, 5), asOf),
            null!,
        ];

        var error = Assert.Throws<InvalidInputException>(() => Assess(new LocalDate(2026, 1, 15), payments, asOf));

        Assert.Equal(
            [MembersErrorCodes.PaymentDuplicate, MembersErrorCodes.PaymentOfAnotherMember, MembersErrorCodes.PaymentAfterAsOf, MembersErrorCodes.PaymentBeforeAdmission, MembersErrorCodes.MemberIdMissing, CommonErrorCodes.Required],
            error.Codes);
        Assert.Equal(
            [MembersErrorCodes.MemberIdMissing, MembersErrorCodes.AdmittedAfterAsOf],
            Assert.Throws<InvalidInputException>(() => assessor.Assess(default, asOf.PlusDays(1), [], asOf)).Codes);
        Assert.Throws<ArgumentNullException>(() => Assess(asOf, null!, asOf));
    }

    [Fact]
    public void The_ends_of_the_calendar_do_not_overflow()
    {
        var s = Assess(LocalDate.MinIsoValue, [], LocalDate.MaxIsoValue);

        Assert.True(s.IsFlaggedForReview);
        Assert.Equal(s.MonthsOwed, s.ConsecutiveUnpaidMonths);
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static YearMonth YearMonthOf(string text) => NodaTime.Text.YearMonthPattern.Iso.Parse(text).Value;
}
