using NodaTime;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Education.Specifications;
using static PartyBuilding.Core.Tests.Education.EducationFixtures;

namespace PartyBuilding.Core.Tests.Education;

public sealed class EducationSpecificationTests
{
    private static ActivityPeriodSummary Row(string org, ActivityKind kind, SchedulePeriod period, LocalDate start, LocalDate end, bool held) =>
        new() { Organization = new OrganizationId(org), Kind = kind, Period = period, Start = start, End = end, Held = held };

    private static readonly ActivityPeriodSummary[] Rows =
    [
        Row("V1", ActivityKind.ThemedPartyDay, SchedulePeriod.Month, new(2026, 3, 1), new(2026, 3, 31), false),
        Row("V1", ActivityKind.ThemedPartyDay, SchedulePeriod.Month, new(2026, 2, 1), new(2026, 2, 28), false),
        Row("M3", ActivityKind.MigrantStudyDay, SchedulePeriod.Month, new(2026, 3, 1), new(2026, 3, 31), true),
        Row("E4", ActivityKind.MembersMeeting, SchedulePeriod.Quarter, new(2026, 1, 1), new(2026, 3, 31), false),
        Row("E4", ActivityKind.MembersMeeting, SchedulePeriod.Quarter, new(2025, 10, 1), new(2025, 12, 31), false),
        Row("E4", ActivityKind.MemberAppraisal, SchedulePeriod.Year, new(2025, 1, 1), new(2025, 12, 31), false),
        Row("A0", ActivityKind.PartyLecture, SchedulePeriod.Quarter, new(2026, 1, 1), new(2026, 3, 31), false),
    ];

    private static string[] Selected(LocalDate date) =>
        [.. new OrganizationsMissingActivitySpec(date).Evaluate(Rows).Select(r => $"{r.Organization}/{r.Kind}/{r.Start:yyyy-MM-dd}")];

    [Fact]
    public void On_the_last_day_of_a_quarter_the_last_complete_period_is_the_one_before()
    {
        Assert.Equal(
            ["E4/MembersMeeting/2025-10-01", "E4/MemberAppraisal/2025-01-01", "V1/ThemedPartyDay/2026-02-01"],
            Selected(new LocalDate(2026, 3, 31)));
    }

    [Fact]
    public void The_day_after_the_quarter_ends_it_is_the_last_complete_one()
    {
        Assert.Equal(
            ["A0/PartyLecture/2026-01-01", "E4/MembersMeeting/2026-01-01", "E4/MemberAppraisal/2025-01-01", "V1/ThemedPartyDay/2026-03-01"],
            Selected(new LocalDate(2026, 4, 1)));
    }

    [Fact]
    public void On_the_29th_of_February_January_is_the_last_complete_month_and_on_the_1st_of_March_February()
    {
        ActivityPeriodSummary[] rows =
        [
            Row("X", ActivityKind.ThemedPartyDay, SchedulePeriod.Month, new(2024, 1, 1), new(2024, 1, 31), false),
            Row("X", ActivityKind.ThemedPartyDay, SchedulePeriod.Month, new(2024, 2, 1), new(2024, 2, 29), false),
        ];

        Assert.Equal(new LocalDate(2024, 1, 1), Assert.Single(new OrganizationsMissingActivitySpec(new LocalDate(2024, 2, 29)).Evaluate(rows)).Start);
        Assert.Equal(new LocalDate(2024, 2, 1), Assert.Single(new OrganizationsMissingActivitySpec(new LocalDate(2024, 3, 1)).Evaluate(rows)).Start);
    }

    [Fact]
    public void Summaries_made_from_a_compliance_feed_the_specification()
    {
        var compliance = Assessor.Assess(Migrant, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), EveryMonth(Migrant, 2026).Where(r => r.HeldOn.Month != 3));
        var rows = compliance.Periods.Select(p => ActivityPeriodSummary.Of(compliance, p)).ToArray();

        var missed = new OrganizationsMissingActivitySpec(new LocalDate(2026, 4, 1)).Evaluate(rows).Select(r => r.Kind).ToArray();

        Assert.Equal([ActivityKind.BranchCommitteeMeeting, ActivityKind.ThemedPartyDay, ActivityKind.MigrantStudyDay], missed);
    }

    [Fact]
    public void The_first_days_of_the_calendar_have_no_complete_period()
    {
        Assert.Empty(new OrganizationsMissingActivitySpec(LocalDate.MinIsoValue).Evaluate(Rows));
        Assert.Empty(new OrganizationsMissingActivitySpec(LocalDate.MaxIsoValue).Evaluate(Rows));
    }

    [Fact]
    public void Members_below_their_hours_for_the_year_fewest_first()
    {
        TrainingHoursSummary Summary(string member, int year, long hours, int required) =>
            new() { Member = new MemberId(member), Year = year, Role = TrainingRole.Member, Hours = hours, Required = required };
        TrainingHoursSummary[] rows =
        [
            Summary("b", 2026, 31, 32), Summary("a", 2026, 31, 32), Summary("c", 2026, 32, 32), Summary("d", 2026, 10, 56), Summary("e", 2025, 0, 32),
            TrainingHoursSummary.Of(Training.Assess(new MemberId("f"), TrainingRole.SecretaryOrCommitteeMember, 2026, [])),
        ];

        Assert.Equal(["f", "d", "a", "b"], new MembersBelowTrainingHoursSpec(2026).Evaluate(rows).Select(r => r.Member.Value));
    }
}
