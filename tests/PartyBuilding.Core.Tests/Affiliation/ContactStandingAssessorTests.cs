using NodaTime;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Affiliation;

public sealed class ContactStandingAssessorTests
{
    private static readonly MemberId Zhang = new("zhang");
    private static readonly LocalDate Since = new(2025, 1, 1);
    private readonly ContactStandingAssessor assessor = new(AffiliationPolicy.Default);

    private static ContactRecord R(ContactKind kind, int year, int month, int day) => new(Zhang, kind, new LocalDate(year, month, day));

    /// <summary>Everything done on one day.</summary>
    private static IEnumerable<ContactRecord> All(int year, int month, int day) =>
        Enum.GetValues<ContactKind>().Select(k => R(k, year, month, day));

    private ContactAssessment Assess(IEnumerable<ContactRecord> records, LocalDate asOf, LocalDate? since = null) =>
        assessor.Assess(Zhang, since ?? Since, records, asOf);

    [Fact]
    public void A_member_who_reported_within_the_month_and_kept_up_party_life_is_current()
    {
        var assessment = Assess(All(2026, 1, 15), new LocalDate(2026, 2, 15));

        Assert.Equal(ContactStanding.Current, assessment.Standing);
        Assert.False(assessment.IsFlaggedForReview);
        Assert.Equal([AffiliationReasonCodes.ContactCurrent], assessment.Reasons.Select(r => r.Code));
        Assert.Equal(PolicySet.DefaultLabel, assessment.PolicyLabel);
    }

    [Fact]
    public void A_member_is_overdue_the_day_after_the_reporting_month_ends()
    {
        var assessment = Assess(All(2026, 1, 15), new LocalDate(2026, 2, 16));

        Assert.Equal(ContactStanding.Overdue, assessment.Standing);
        Assert.Equal([AffiliationReasonCodes.ReportOverdue], assessment.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData("2026-01-31", "2026-02-28", ContactStanding.Current)]
    [InlineData("2026-01-31", "2026-03-01", ContactStanding.Overdue)]
    [InlineData("2024-01-31", "2024-02-29", ContactStanding.Current)]
    [InlineData("2024-01-31", "2024-03-01", ContactStanding.Overdue)]
    [InlineData("2026-03-31", "2026-04-30", ContactStanding.Current)]
    [InlineData("2026-03-31", "2026-05-01", ContactStanding.Overdue)]
    public void The_reporting_month_is_a_calendar_month_at_month_ends(string reported, string asOf, ContactStanding standing)
    {
        var day = Date(reported);

        Assert.Equal(standing, Assess(All(day.Year, day.Month, day.Day), Date(asOf), since: day).Standing);
    }

    [Theory]
    [InlineData(ContactKind.OrganizationalLife, AffiliationReasonCodes.NoOrganizationalLife)]
    [InlineData(ContactKind.AssignedWork, AffiliationReasonCodes.NoAssignedWork)]
    public void Six_consecutive_months_without_one_duty_flags_a_member_in_contact_for_withdrawal_review(ContactKind missing, string code)
    {
        var records = Enumerable.Range(0, 7)
            .SelectMany(i => All(2026, 1 + i, 10).Where(r => r.Kind != missing || i == 0))
            .ToArray();

        var onTheSixthMonth = Assess(records, new LocalDate(2026, 7, 10));
        var dayAfter = Assess(records, new LocalDate(2026, 7, 11));

        Assert.Equal(ContactStanding.Current, onTheSixthMonth.Standing);
        Assert.Equal(ContactStanding.WithdrawalReview, dayAfter.Standing);
        Assert.True(dayAfter.IsFlaggedForReview);
        Assert.Equal([code], dayAfter.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData("2026-01-10", "2026-07-11", ContactStanding.Current)] // February to June unpaid: five months (the date rule flagged this day)
    [InlineData("2026-01-10", "2026-07-31", ContactStanding.Current)] // July can still be paid in July
    [InlineData("2026-01-10", "2026-08-01", ContactStanding.WithdrawalReview)] // February to July: six months
    [InlineData("2026-01-31", "2026-08-01", ContactStanding.WithdrawalReview)]
    [InlineData("2025-12-31", "2026-07-01", ContactStanding.WithdrawalReview)] // January to June
    [InlineData("2026-02-01", "2026-08-01", ContactStanding.Current)]
    public void Dues_are_counted_in_calendar_months_by_the_members_rule(string paid, string asOf, ContactStanding standing)
    {
        var asOfDay = Date(asOf);
        var others = Enumerable.Range(0, 9).SelectMany(i => All(2025, 12, 1).Select(r => r with { On = new LocalDate(2025, 12, 1).PlusMonths(i) }))
            .Where(r => r.Kind != ContactKind.DuesPaid && r.On <= asOfDay);
        var records = others.Append(R(ContactKind.DuesPaid, Date(paid).Year, Date(paid).Month, Date(paid).Day));

        var assessment = Assess(records, asOfDay, since: new LocalDate(2025, 12, 1));

        Assert.Equal(standing, assessment.Standing);
        Assert.Equal(standing == ContactStanding.WithdrawalReview ? [AffiliationReasonCodes.NoDuesPaid] : [AffiliationReasonCodes.ContactCurrent], assessment.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData("2026-06-30", ContactStanding.Current)] // January to May unpaid: five months
    [InlineData("2026-07-01", ContactStanding.WithdrawalReview)] // January, the month monitoring started, to June: six
    public void Dues_are_owed_from_the_month_monitoring_started(string asOf, ContactStanding standing)
    {
        var asOfDay = Date(asOf);
        var records = Enumerable.Range(0, 7).SelectMany(i => All(2026, 1 + i, 1)).Where(r => r.Kind != ContactKind.DuesPaid && r.On <= asOfDay);

        var assessment = Assess(records, asOfDay, since: new LocalDate(2026, 1, 31));

        Assert.Equal(standing, assessment.Standing);
    }

    [Fact]
    public void No_contact_of_any_kind_for_six_months_is_lost_contact_which_outranks_withdrawal_review()
    {
        var assessment = Assess(All(2026, 1, 10), new LocalDate(2026, 8, 1));

        Assert.Equal(ContactStanding.LostContact, assessment.Standing);
        Assert.True(assessment.IsFlaggedForReview);
        Assert.Equal(
            [AffiliationReasonCodes.LostContact, AffiliationReasonCodes.NoOrganizationalLife, AffiliationReasonCodes.NoDuesPaid, AffiliationReasonCodes.NoAssignedWork, AffiliationReasonCodes.ReportOverdue],
            assessment.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_visit_keeps_contact_but_not_the_duties_of_membership()
    {
        var records = All(2026, 1, 10).Append(R(ContactKind.Visit, 2026, 6, 1));

        var assessment = Assess(records, new LocalDate(2026, 7, 11));

        Assert.Equal(ContactStanding.WithdrawalReview, assessment.Standing);
        Assert.DoesNotContain(AffiliationReasonCodes.LostContact, assessment.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData("2025-08-31", "2026-02-28", ContactStanding.Overdue)]
    [InlineData("2025-08-31", "2026-03-01", ContactStanding.LostContact)]
    public void Six_months_are_calendar_months_not_a_number_of_days(string lastContact, string asOf, ContactStanding standing)
    {
        var day = Date(lastContact);

        Assert.Equal(standing, Assess(All(day.Year, day.Month, day.Day), Date(asOf), since: day).Standing);
    }

    [Fact]
    public void Intervals_run_from_the_start_of_monitoring_when_there_is_no_later_record()
    {
        var since = new LocalDate(2026, 1, 1);

        Assert.Equal(ContactStanding.Current, Assess([], new LocalDate(2026, 2, 1), since).Standing);
        Assert.Equal(ContactStanding.Overdue, Assess([], new LocalDate(2026, 2, 2), since).Standing);
        Assert.Equal(ContactStanding.LostContact, Assess([R(ContactKind.Report, 2025, 1, 1)], new LocalDate(2026, 7, 2), since).Standing);
    }

    [Fact]
    public void The_policy_version_in_force_on_the_as_of_date_is_used_and_named()
    {
        var set = new PolicySet<AffiliationPolicy>(
        [
            new PolicyVersion<AffiliationPolicy>("monthly", new LocalDate(2020, 1, 1), AffiliationPolicy.Default),
            new PolicyVersion<AffiliationPolicy>("bimonthly", new LocalDate(2026, 3, 1), AffiliationPolicy.Default with { ReportingIntervalMonths = 2 }),
        ]);
        var versioned = new ContactStandingAssessor(set);

        var before = versioned.Assess(Zhang, Since, All(2026, 1, 1), new LocalDate(2026, 2, 20));
        var after = versioned.Assess(Zhang, Since, All(2026, 2, 1), new LocalDate(2026, 3, 20));

        Assert.Equal(("monthly", ContactStanding.Overdue), (before.PolicyLabel, before.Standing));
        Assert.Equal(("bimonthly", ContactStanding.Current), (after.PolicyLabel, after.Standing));
        Assert.Throws<InvalidOperationException>(() => versioned.Assess(Zhang, new LocalDate(2019, 1, 1), [], new LocalDate(2019, 6, 1)));
    }

    [Fact]
    public void Hostile_records_are_refused_with_every_failure_listed()
    {
        var asOf = new LocalDate(2026, 3, 1);
        ContactRecord[] records =
        [
            R(ContactKind.Report, 2026, 3, 2),
            new(new MemberId("li"), ContactKind.Visit, new LocalDate(2026, 2, 1)),
            R(ContactKind.DuesPaid, 2026, 2, 1),
            R(ContactKind.DuesPaid, 2026, 2, 1),
            new(default, ContactKind.Report, new LocalDate(2026, 2, 1)),
            R((ContactKind)42, 2026, 2, 1),
        ];

        var error = Assert.Throws<InvalidInputException>(() => assessor.Assess(Zhang, new LocalDate(2026, 4, 1), records, asOf));

        Assert.Equal(
            [AffiliationErrorCodes.MonitoredSinceAfterAsOf, AffiliationErrorCodes.ContactAfterAsOf, AffiliationErrorCodes.ContactOfAnotherMember,
             AffiliationErrorCodes.ContactDuplicate, AffiliationErrorCodes.MemberIdMissing, AffiliationErrorCodes.ContactKindUndefined],
            error.Codes);
    }

    [Fact]
    public void A_missing_member_id_and_null_records_are_refused()
    {
        var missing = Assert.Throws<InvalidInputException>(() => assessor.Assess(default, Since, [], new LocalDate(2026, 1, 1)));

        Assert.Equal([AffiliationErrorCodes.MemberIdMissing], missing.Codes);
        Assert.Throws<ArgumentNullException>(() => assessor.Assess(Zhang, Since, null!, new LocalDate(2026, 1, 1)));

        // Issue 13 item 5: a null record is a coded InvalidInputException (it was an ArgumentNullException).
        var nullRecord = Assert.Throws<InvalidInputException>(() => assessor.Assess(Zhang, Since, [R(ContactKind.Report, 2025, 6, 1), null!], new LocalDate(2026, 1, 1)));
        Assert.Equal([CommonErrorCodes.Required], nullRecord.Codes);
        Assert.Equal("records[1]", Assert.Single(nullRecord.Errors).PropertyName);
    }

    [Fact]
    public void An_inconsistent_policy_is_refused_at_construction()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ContactStandingAssessor(AffiliationPolicy.Default with { ReportingIntervalMonths = 6 }));

        Assert.Contains(AffiliationErrorCodes.PolicyOutOfOrder, error.Codes);
        Assert.Throws<ArgumentNullException>(() => new ContactStandingAssessor((AffiliationPolicy)null!));
    }

    [Fact]
    public void Dates_at_the_edge_of_the_calendar_do_not_break_the_arithmetic()
    {
        var assessment = assessor.Assess(Zhang, LocalDate.MinIsoValue, [], LocalDate.MinIsoValue.PlusDays(3));

        Assert.Equal(ContactStanding.Current, assessment.Standing);
    }

    [Fact]
    public void Findings_are_localized_and_codes_are_not()
    {
        var english = Culture.Under("en-US", () => Assess(All(2026, 1, 10), new LocalDate(2026, 7, 11)));
        var chinese = Culture.Under("zh-CN", () => Assess(All(2026, 1, 10), new LocalDate(2026, 7, 11)));

        Assert.Equal(english.Reasons.Select(r => r.Code), chinese.Reasons.Select(r => r.Code));
        Assert.All(english.Reasons.Zip(chinese.Reasons), p => Assert.NotEqual(p.First.Message, p.Second.Message));
    }

    [Property(Arbitrary = [typeof(AffiliationArbitraries)], MaxTest = 2000)]
    public bool Standing_never_improves_as_the_as_of_date_moves_forward_with_no_new_contact(ContactCase contact)
    {
        var earlier = assessor.Assess(contact.Member, contact.Since, contact.Records, contact.AsOf);
        var later = assessor.Assess(contact.Member, contact.Since, contact.Records, contact.Later);

        return later.Standing >= earlier.Standing
            && earlier.Reasons.Select(r => r.Code).Where(c => c != AffiliationReasonCodes.ContactCurrent)
                .All(c => later.Reasons.Any(r => r.Code == c));
    }

    [Property(Arbitrary = [typeof(AffiliationArbitraries)], MaxTest = 300)]
    public bool Standing_does_not_depend_on_the_order_of_records(ContactCase contact)
    {
        var forward = assessor.Assess(contact.Member, contact.Since, contact.Records, contact.AsOf);
        var backward = assessor.Assess(contact.Member, contact.Since, contact.Records.Reverse(), contact.AsOf);

        return forward.Standing == backward.Standing && forward.Reasons.SequenceEqual(backward.Reasons);
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
