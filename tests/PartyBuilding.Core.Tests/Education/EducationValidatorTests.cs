using NodaTime;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Education.Validation;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Education;

public sealed class EducationValidatorTests
{
    private static readonly EducationPolicyValidator PolicyValidator = new();

    private static string[] Codes<T>(FluentValidation.IValidator<T> validator, T instance) =>
        [.. validator.Validate(instance).Errors.Select(e => e.ErrorCode)];

    [Fact]
    public void The_default_policy_is_valid() => Assert.Empty(Codes(PolicyValidator, EducationPolicy.Default));

    [Fact]
    public void Two_rows_for_one_kind_are_refused()
    {
        var policy = EducationPolicy.Default with { Schedule = [.. EducationPolicy.Default.Schedule, new(ActivityKind.PartyLecture, SchedulePeriod.Month, default)] };

        var failure = Assert.Single(PolicyValidator.Validate(policy).Errors);
        Assert.Equal((EducationErrorCodes.RequirementDuplicate, "Schedule[10]"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Missing_rows_undefined_values_and_unreachable_attendance_are_each_refused()
    {
        var policy = EducationPolicy.Default with
        {
            Schedule =
            [
                null!,
                new((ActivityKind)40, SchedulePeriod.Month, default),
                new(ActivityKind.PartyLecture, (SchedulePeriod)9, default),
                new(ActivityKind.MembersMeeting, SchedulePeriod.Month, RatioThreshold.MoreThan(1, 1)) { OrganizationKinds = null! },
                new(ActivityKind.ThemedPartyDay, SchedulePeriod.Month, RatioThreshold.AtLeast(3, 2)) { OrganizationKinds = [(OrganizationKind)77] },
                new(ActivityKind.MigrantStudyDay, SchedulePeriod.Month, RatioThreshold.AtLeast(1, 1)),
            ],
        };

        Assert.Equal(
            [
                EducationErrorCodes.ScheduleMissing, EducationErrorCodes.EnumUndefined, EducationErrorCodes.EnumUndefined,
                EducationErrorCodes.AttendanceUnreachable, EducationErrorCodes.ScheduleMissing,
                EducationErrorCodes.AttendanceUnreachable, EducationErrorCodes.EnumUndefined,
            ],
            Codes(PolicyValidator, policy));
        Assert.Equal([EducationErrorCodes.ScheduleMissing], Codes(PolicyValidator, EducationPolicy.Default with { Schedule = null! }));
    }

    [Theory]
    [InlineData(-1, 56, 8, 4)]
    [InlineData(32, 8785, 8, 4)]
    [InlineData(32, 56, 0, 0)]
    [InlineData(32, 56, 25, 4)]
    [InlineData(32, 56, 8, 9)]
    [InlineData(32, 56, 8, 0)]
    public void Hours_out_of_range_are_refused(int member, int secretary, int day, int halfDay)
    {
        var policy = EducationPolicy.Default with { MemberHoursPerYear = member, SecretaryHoursPerYear = secretary, HoursPerDay = day, HoursPerHalfDay = halfDay };

        Assert.NotEmpty(Codes(PolicyValidator, policy));
        Assert.All(Codes(PolicyValidator, policy), c => Assert.Equal(EducationErrorCodes.PolicyHoursOutOfRange, c));
    }

    [Fact]
    public void The_edges_of_the_hours_are_accepted()
    {
        Assert.Empty(Codes(PolicyValidator, EducationPolicy.Default with { MemberHoursPerYear = 0, SecretaryHoursPerYear = 8784, HoursPerDay = 24, HoursPerHalfDay = 24 }));
        Assert.Empty(Codes(PolicyValidator, EducationPolicy.Default with { HoursPerDay = 1, HoursPerHalfDay = 1 }));
    }

    [Fact]
    public void An_activity_record_is_checked_at_its_edges()
    {
        var validator = new ActivityRecordValidator();
        var ok = new ActivityRecord(new OrganizationId("V1"), ActivityKind.PartyLecture, new LocalDate(2026, 1, 1), 1, 1, 24m);

        Assert.Empty(Codes(validator, ok));
        Assert.Empty(Codes(validator, ok with { MembersPresent = 0, Hours = 0m }));
        Assert.Equal([EducationErrorCodes.OrganizationMissing], Codes(validator, ok with { Organization = default }));
        Assert.Equal([EducationErrorCodes.MembersDueNotPositive, EducationErrorCodes.MembersPresentOutOfRange], Codes(validator, ok with { MembersDue = 0 }));
        Assert.Equal([EducationErrorCodes.MembersPresentOutOfRange], Codes(validator, ok with { MembersPresent = 2 }));
        Assert.Equal([EducationErrorCodes.MembersPresentOutOfRange], Codes(validator, ok with { MembersPresent = -1 }));
        Assert.Equal([EducationErrorCodes.HoursOutOfRange], Codes(validator, ok with { Hours = 24.01m }));
        Assert.Equal([EducationErrorCodes.HoursOutOfRange], Codes(validator, ok with { Hours = -0.01m }));
        Assert.Equal([EducationErrorCodes.EnumUndefined], Codes(validator, ok with { Kind = (ActivityKind)10 }));
    }

    [Fact]
    public void A_training_record_and_a_profile_are_checked()
    {
        var training = new TrainingRecordValidator();
        var ok = new TrainingRecord(new MemberId("m"), new LocalDate(2026, 1, 1), TrainingUnit.Day, 1000);

        Assert.Empty(Codes(training, ok));
        Assert.Equal([EducationErrorCodes.CountOutOfRange], Codes(training, ok with { Count = 1001 }));
        Assert.Equal([EducationErrorCodes.CountOutOfRange], Codes(training, ok with { Count = 0 }));
        Assert.Equal([EducationErrorCodes.MemberMissing, EducationErrorCodes.EnumUndefined], Codes(training, ok with { Member = default, Unit = (TrainingUnit)3 }));

        var profiles = new ScheduleProfileValidator();
        Assert.Equal(
            [EducationErrorCodes.OrganizationMissing, EducationErrorCodes.EnumUndefined],
            Codes(profiles, new ScheduleProfile(default, (OrganizationKind)(-1), false, false)));
    }

    [Fact]
    public void An_assessor_refuses_an_invalid_policy_set_naming_the_version()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ScheduleComplianceAssessor(PolicySet.Of(EducationPolicy.Default with { HoursPerDay = 0 }, "local")));

        Assert.Equal(["policies[local].HoursPerDay", "policies[local].HoursPerHalfDay"], error.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void A_row_keeps_a_copy_of_its_kinds()
    {
        var kinds = new List<OrganizationKind> { OrganizationKind.Village };
        var row = new ActivityRequirement(ActivityKind.PartyLecture, SchedulePeriod.Quarter, default) { OrganizationKinds = kinds };
        kinds.Add(OrganizationKind.Township);

        Assert.Equal([OrganizationKind.Village], row.OrganizationKinds);
        Assert.Equal(row, row with { OrganizationKinds = [OrganizationKind.Village] });
    }
}
