using NodaTime;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.TestSupport;
using static PartyBuilding.Core.Tests.Education.EducationFixtures;

namespace PartyBuilding.Core.Tests.Education;

public sealed class ScheduleComplianceTests
{
    private static readonly DateInterval Year2026 = Between(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    [Fact]
    public void The_township_committee_owes_the_monthly_central_group_study_and_the_yearly_democratic_life_meeting()
    {
        var result = Assessor.Assess(Township, Year2026, []);

        Assert.Equal(
            [(ActivityKind.CentralGroupStudy, 12), (ActivityKind.DemocraticLifeMeeting, 1)],
            result.Periods.GroupBy(p => p.Kind).Select(g => (g.Key, g.Count())));
        Assert.Equal(13, result.Missed);
        Assert.False(result.Compliant);
        Assert.Equal(EducationReasonCodes.ScheduleMissed, result.Reasons[0].Code);
        Assert.Equal(13, result.Reasons.Count(r => r.Code == EducationReasonCodes.Missed));
        Assert.Equal(PolicySet.DefaultLabel, result.PolicyLabel);
    }

    [Fact]
    public void The_migrant_branch_owes_its_monthly_study_day_and_the_branch_routines()
    {
        var kinds = Assessor.Assess(Migrant, Year2026, []).Periods.Select(p => p.Kind).Distinct();

        Assert.Equal(
            [
                ActivityKind.MembersMeeting, ActivityKind.BranchCommitteeMeeting, ActivityKind.PartyLecture, ActivityKind.ThemedPartyDay,
                ActivityKind.OrganizationalLifeMeeting, ActivityKind.MemberAppraisal, ActivityKind.MigrantStudyDay,
            ],
            kinds);
    }

    [Fact]
    public void A_branch_without_committee_or_groups_owes_neither_meeting()
    {
        var kinds = Assessor.Assess(SmallBranch, Year2026, []).Periods.Select(p => p.Kind).Distinct().ToArray();

        Assert.DoesNotContain(ActivityKind.BranchCommitteeMeeting, kinds);
        Assert.DoesNotContain(ActivityKind.PartyGroupMeeting, kinds);
        Assert.Contains(ActivityKind.MembersMeeting, kinds);
        Assert.DoesNotContain(ActivityKind.CentralGroupStudy, kinds);
        Assert.DoesNotContain(ActivityKind.MigrantStudyDay, kinds);
    }

    [Fact]
    public void A_village_branch_with_committee_and_groups_holding_everything_every_month_is_compliant()
    {
        var result = Assessor.Assess(Village, Year2026, EveryMonth(Village, 2026));

        Assert.True(result.Compliant);
        Assert.Equal(12 + 12 + 4 + 4 + 12 + 1 + 1, result.Periods.Count);
        Assert.All(result.Periods, p => Assert.Equal(EducationReasonCodes.Held, p.Reason.Code));
        Assert.Equal([EducationReasonCodes.ScheduleMet], Codes(result.Reasons));
    }

    [Fact]
    public void The_members_meeting_needs_more_than_half_present_exactly_half_is_short()
    {
        var q1 = Between(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));
        PeriodCompliance MeetingWith(int present) =>
            Assessor.Assess(SmallBranch, q1, [Held(SmallBranch, ActivityKind.MembersMeeting, new LocalDate(2026, 2, 10), due: 10, present: present)])
                .Periods.Single(p => p.Kind == ActivityKind.MembersMeeting);

        var half = MeetingWith(5);
        var more = MeetingWith(6);

        Assert.False(half.Held);
        Assert.Equal(1, half.ShortOfAttendance);
        Assert.Equal(EducationReasonCodes.MissedAttendance, half.Reason.Code);
        Assert.True(more.Held);
        Assert.Equal(1, more.Qualifying);
    }

    [Fact]
    public void The_democratic_life_meeting_needs_two_thirds_exactly_two_thirds_is_enough()
    {
        bool HeldWith(int present) => Assessor.Assess(Township, Year2026, [Held(Township, ActivityKind.DemocraticLifeMeeting, new LocalDate(2026, 12, 20), due: 9, present: present)])
            .Periods.Single(p => p.Kind == ActivityKind.DemocraticLifeMeeting).Held;

        Assert.True(HeldWith(6));
        Assert.False(HeldWith(5));
    }

    [Fact]
    public void A_meeting_on_the_last_day_of_a_quarter_counts_for_that_quarter_and_the_next_day_for_the_next()
    {
        var half = Between(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30));
        var onLastDay = Assessor.Assess(SmallBranch, half, [Held(SmallBranch, ActivityKind.MembersMeeting, new LocalDate(2026, 3, 31))])
            .Periods.Where(p => p.Kind == ActivityKind.MembersMeeting).ToArray();
        var nextDay = Assessor.Assess(SmallBranch, half, [Held(SmallBranch, ActivityKind.MembersMeeting, new LocalDate(2026, 4, 1))])
            .Periods.Where(p => p.Kind == ActivityKind.MembersMeeting).ToArray();

        Assert.Equal([true, false], onLastDay.Select(p => p.Held));
        Assert.Equal([false, true], nextDay.Select(p => p.Held));
        Assert.Equal((new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), (onLastDay[0].Start, onLastDay[0].End));
    }

    [Fact]
    public void An_interval_ending_on_the_last_day_of_a_quarter_judges_it_and_one_ending_the_day_before_cuts_it()
    {
        var whole = Assessor.Assess(SmallBranch, Between(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), []);
        var cut = Assessor.Assess(SmallBranch, Between(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 30)), []);

        Assert.Contains(whole.Periods, p => p.Period == SchedulePeriod.Quarter);
        Assert.DoesNotContain(cut.Periods, p => p.Period == SchedulePeriod.Quarter);
        Assert.Equal(2, cut.Periods.Count(p => p.Kind == ActivityKind.ThemedPartyDay)); // January and February; March is cut
        var cuts = cut.Reasons.Where(r => r.Code == EducationReasonCodes.PeriodCut).Select(r => ((LocalDate)r.Arguments[1]!, (LocalDate)r.Arguments[2]!)).ToArray();
        Assert.Equal(
            [
                (new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)),
                (new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)),
                (new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            ],
            cuts);
    }

    [Fact]
    public void The_29th_of_February_ends_February_in_a_leap_year()
    {
        var feb = Between(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29));
        var judged = Assessor.Assess(Migrant, feb, [Held(Migrant, ActivityKind.MigrantStudyDay, new LocalDate(2024, 2, 29))]);
        var cutOnThe28th = Assessor.Assess(Migrant, Between(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 28)), []);

        var study = judged.Periods.Single(p => p.Kind == ActivityKind.MigrantStudyDay);
        Assert.True(study.Held);
        Assert.Equal(new LocalDate(2024, 2, 29), study.End);
        Assert.Empty(cutOnThe28th.Periods);
        Assert.Equal(EducationReasonCodes.NothingJudged, cutOnThe28th.Reasons[0].Code);
        Assert.Equal(new LocalDate(2023, 2, 28), Assessor.Assess(Migrant, Between(new LocalDate(2023, 2, 1), new LocalDate(2023, 2, 28)), [])
            .Periods.Single(p => p.Kind == ActivityKind.MigrantStudyDay).End);
    }

    [Fact]
    public void A_year_starting_mid_interval_is_judged_and_the_year_cut_before_it_is_not()
    {
        var interval = Between(new LocalDate(2025, 7, 1), new LocalDate(2026, 12, 31));
        var result = Assessor.Assess(SmallBranch, interval, [Held(SmallBranch, ActivityKind.OrganizationalLifeMeeting, new LocalDate(2025, 12, 30))]);

        var yearly = result.Periods.Where(p => p.Kind == ActivityKind.OrganizationalLifeMeeting).ToArray();
        var only = Assert.Single(yearly);
        Assert.Equal((new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), (only.Start, only.End));
        Assert.False(only.Held); // the 2025 meeting falls in the cut year and is not counted
        Assert.Equal(6, result.Periods.Count(p => p.Kind == ActivityKind.PartyLecture)); // Q3 2025 to Q4 2026
        Assert.Contains(result.Reasons, r => r.Code == EducationReasonCodes.PeriodCut && (LocalDate)r.Arguments[1]! == new LocalDate(2025, 1, 1));
    }

    [Fact]
    public void Missed_periods_are_named_in_the_reasons_after_the_cut_ones()
    {
        var result = Assessor.Assess(Migrant, Between(new LocalDate(2026, 1, 10), new LocalDate(2026, 3, 31)), [Held(Migrant, ActivityKind.MigrantStudyDay, new LocalDate(2026, 2, 5))]);

        var missedStudy = result.Reasons.Where(r => r.Code == EducationReasonCodes.Missed && r.Message.Contains("2026-03-01", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(missedStudy);
        var firstMissed = result.Reasons.ToList().FindIndex(r => r.Code == EducationReasonCodes.Missed);
        var lastCut = result.Reasons.ToList().FindLastIndex(r => r.Code == EducationReasonCodes.PeriodCut);
        Assert.True(lastCut < firstMissed);
        Assert.Equal(result.Missed, result.Reasons.Count(r => r.Code is EducationReasonCodes.Missed or EducationReasonCodes.MissedAttendance));
    }

    [Fact]
    public void Records_of_other_organizations_and_outside_the_complete_periods_are_not_counted()
    {
        var march = Between(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        var result = Assessor.Assess(Migrant, march,
        [
            Held(Village, ActivityKind.MigrantStudyDay, new LocalDate(2026, 3, 5)),
            Held(Migrant, ActivityKind.MigrantStudyDay, new LocalDate(2026, 2, 28)),
            Held(Migrant, ActivityKind.MigrantStudyDay, new LocalDate(2026, 4, 1)),
        ]);

        Assert.False(result.Periods.Single(p => p.Kind == ActivityKind.MigrantStudyDay).Held);
    }

    [Fact]
    public void The_version_in_force_on_the_last_day_is_used_and_named()
    {
        var stricter = EducationPolicy.Default with
        {
            Schedule = [.. EducationPolicy.Default.Schedule.Select(r => r.Kind == ActivityKind.MigrantStudyDay ? r with { Attendance = RatioThreshold.AtLeast(9, 10) } : r)],
        };
        var assessor = new ScheduleComplianceAssessor(new PolicySet<EducationPolicy>(
        [
            new PolicyVersion<EducationPolicy>("2018", new LocalDate(2018, 1, 1), EducationPolicy.Default),
            new PolicyVersion<EducationPolicy>("2026", new LocalDate(2026, 7, 1), stricter),
        ]));
        ActivityRecord[] records = [Held(Migrant, ActivityKind.MigrantStudyDay, new LocalDate(2026, 6, 5), due: 10, present: 8)];

        var before = assessor.Assess(Migrant, Between(new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 30)), records);
        var after = assessor.Assess(Migrant, Between(new LocalDate(2026, 6, 1), new LocalDate(2026, 7, 31)), records);

        Assert.Equal(("2018", true), (before.PolicyLabel, before.Periods.Single(p => p.Kind == ActivityKind.MigrantStudyDay).Held));
        Assert.Equal(("2026", false), (after.PolicyLabel, after.Periods.First(p => p.Kind == ActivityKind.MigrantStudyDay).Held));
        var early = Assert.Throws<InvalidOperationException>(() => assessor.Assess(Migrant, Between(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)), []));
        Assert.StartsWith(CommonErrorCodes.PolicyNotInForce, early.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ends_of_the_calendar_are_judged_without_overflow()
    {
        var last = Assessor.Assess(Township, Between(new LocalDate(9999, 12, 1), LocalDate.MaxIsoValue), []);
        var first = Assessor.Assess(Township, Between(LocalDate.MinIsoValue, new LocalDate(-9998, 12, 31)), []);

        Assert.Equal(LocalDate.MaxIsoValue, last.Periods.Single(p => p.Kind == ActivityKind.CentralGroupStudy).End);
        Assert.Equal(13, first.Periods.Count);
        Assert.Equal(LocalDate.MinIsoValue, first.Periods[0].Start);
    }

    [Fact]
    public void An_invalid_profile_and_invalid_records_are_refused_with_every_failure()
    {
        var error = Assert.Throws<InvalidInputException>(() => Assessor.Assess(
            SmallBranch with { Kind = (OrganizationKind)99 },
            Year2026,
            [Held(SmallBranch, ActivityKind.MembersMeeting, new LocalDate(2026, 1, 5), due: 0, present: 0), null!, Held(SmallBranch, (ActivityKind)42, new LocalDate(2026, 1, 5), present: 11)]));

        Assert.Equal(
            ["profile.Kind", "records[0].MembersDue", "records[1]", "records[2].Kind", "records[2].MembersPresent"],
            error.Errors.Select(e => e.PropertyName));
        Assert.Equal(
            [EducationErrorCodes.EnumUndefined, EducationErrorCodes.MembersDueNotPositive, CommonErrorCodes.Required, EducationErrorCodes.EnumUndefined, EducationErrorCodes.MembersPresentOutOfRange],
            error.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Reasons_render_in_Chinese()
    {
        var result = Culture.Under("zh-CN", () => Assessor.Assess(Migrant, Between(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), []));

        Assert.Contains(result.Reasons, r => r.Message.Contains("流动党员学习交流日", StringComparison.Ordinal));
        Assert.Contains("migrant study and exchange day", result.Reasons[^1].MessageIn(System.Globalization.CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
    }
}
