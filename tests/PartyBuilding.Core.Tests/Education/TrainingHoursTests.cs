using NodaTime;
using PartyBuilding.Core.Education;
using static PartyBuilding.Core.Tests.Education.EducationFixtures;

namespace PartyBuilding.Core.Tests.Education;

public sealed class TrainingHoursTests
{
    private static readonly MemberId Zhang = new("m-zhang");

    private static TrainingRecord Took(LocalDate on, TrainingUnit unit, int count, MemberId? member = null) => new(member ?? Zhang, on, unit, count);

    [Fact]
    public void Exactly_32_hours_meets_a_members_requirement_and_31_is_one_short()
    {
        var met = Training.Assess(Zhang, TrainingRole.Member, 2026, [Took(new LocalDate(2026, 3, 1), TrainingUnit.ClassHour, 32)]);
        var shortOne = Training.Assess(Zhang, TrainingRole.Member, 2026, [Took(new LocalDate(2026, 3, 1), TrainingUnit.ClassHour, 31)]);

        Assert.Equal((32L, 32, true, 0L), (met.Hours, met.Required, met.Met, met.Shortfall));
        Assert.Equal((31L, false, 1L), (shortOne.Hours, shortOne.Met, shortOne.Shortfall));
        Assert.Equal([EducationReasonCodes.TrainingMet], Codes(met.Reasons));
        Assert.Equal([EducationReasonCodes.TrainingShort], Codes(shortOne.Reasons));
    }

    [Fact]
    public void A_secretary_needs_56_hours_a_day_counts_8_and_a_half_day_4()
    {
        TrainingRecord[] records = [Took(new LocalDate(2026, 5, 6), TrainingUnit.Day, 5), Took(new LocalDate(2026, 9, 1), TrainingUnit.HalfDay, 3), Took(new LocalDate(2026, 10, 1), TrainingUnit.ClassHour, 3)];

        var secretary = Training.Assess(Zhang, TrainingRole.SecretaryOrCommitteeMember, 2026, records);
        var member = Training.Assess(Zhang, TrainingRole.Member, 2026, records);

        Assert.Equal((55L, 56, 1L), (secretary.Hours, secretary.Required, secretary.Shortfall));
        Assert.True(member.Met);
        Assert.Equal(PolicySet.DefaultLabel, secretary.PolicyLabel);
    }

    [Fact]
    public void Only_the_members_records_of_the_calendar_year_count_the_31st_of_December_in_and_the_1st_of_January_out()
    {
        TrainingRecord[] records =
        [
            Took(new LocalDate(2026, 12, 31), TrainingUnit.Day, 2),
            Took(new LocalDate(2026, 1, 1), TrainingUnit.HalfDay, 1),
            Took(new LocalDate(2025, 12, 31), TrainingUnit.Day, 4),
            Took(new LocalDate(2027, 1, 1), TrainingUnit.Day, 4),
            Took(new LocalDate(2026, 6, 1), TrainingUnit.Day, 4, new MemberId("m-li")),
        ];

        Assert.Equal(20L, Training.Assess(Zhang, TrainingRole.Member, 2026, records).Hours);
    }

    [Fact]
    public void The_policy_converts_days_and_sets_the_hours()
    {
        var local = new TrainingHoursAssessor(EducationPolicy.Default with { HoursPerDay = 6, HoursPerHalfDay = 3, MemberHoursPerYear = 24 });

        var standing = local.Assess(Zhang, TrainingRole.Member, 2024, [Took(new LocalDate(2024, 2, 29), TrainingUnit.Day, 3), Took(new LocalDate(2024, 2, 29), TrainingUnit.HalfDay, 2)]);

        Assert.Equal((24L, 24, true), (standing.Hours, standing.Required, standing.Met));
    }

    [Fact]
    public void Bad_input_is_refused_with_every_failure()
    {
        var error = Assert.Throws<InvalidInputException>(() => Training.Assess(default, (TrainingRole)7, 10000, [Took(new LocalDate(2026, 1, 1), TrainingUnit.Day, 0), null!]));

        Assert.Equal(["member", "role", "year", "records[0].Count", "records[1]"], error.Errors.Select(e => e.PropertyName));
        Assert.Equal(
            [EducationErrorCodes.MemberMissing, EducationErrorCodes.EnumUndefined, EducationErrorCodes.YearOutOfRange, EducationErrorCodes.CountOutOfRange, CommonErrorCodes.Required],
            error.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void The_last_year_of_the_calendar_is_assessed()
    {
        Assert.Equal(0L, Training.Assess(Zhang, TrainingRole.Member, 9999, []).Hours);
        Assert.Equal(0L, Training.Assess(Zhang, TrainingRole.Member, -9998, []).Hours);
    }
}
