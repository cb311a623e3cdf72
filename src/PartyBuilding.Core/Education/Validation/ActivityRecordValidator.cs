using FluentValidation;

namespace PartyBuilding.Core.Education.Validation;

/// <summary>
/// Checks an <see cref="ActivityRecord"/>: an organization id, a defined kind, members due more than zero, members
/// present from zero to the members due, hours from zero to 24.
/// </summary>
public sealed class ActivityRecordValidator : AbstractValidator<ActivityRecord>
{
    /// <summary>Creates the validator.</summary>
    public ActivityRecordValidator()
    {
        RuleFor(r => r.Organization.Value).NotEmpty().WithCode(EducationErrorCodes.OrganizationMissing).OverridePropertyName(nameof(ActivityRecord.Organization));
        RuleFor(r => r.Kind).Must(Enum.IsDefined).WithCode(EducationErrorCodes.EnumUndefined);
        RuleFor(r => r.MembersDue).Must(HasMembersDue).WithCode(EducationErrorCodes.MembersDueNotPositive);
        RuleFor(r => r.MembersPresent).Must((r, present) => HasPresent(present, r.MembersDue)).WithCode(EducationErrorCodes.MembersPresentOutOfRange);
        RuleFor(r => r.Hours).Must(HasHours).WithCode(EducationErrorCodes.HoursOutOfRange);
    }

    /// <summary>
    /// Whether <paramref name="record"/> passes every rule: the same predicates without FluentValidation's allocations, for
    /// the batch path (<c>EducationBenchmarks</c>: a million records); the validator runs only to list a failing record's failures.
    /// </summary>
    internal static bool Passes(ActivityRecord record) =>
        !string.IsNullOrEmpty(record.Organization.Value)
        && Enum.IsDefined(record.Kind)
        && HasMembersDue(record.MembersDue)
        && HasPresent(record.MembersPresent, record.MembersDue)
        && HasHours(record.Hours);

    private static bool HasMembersDue(int due) => due > 0;

    private static bool HasPresent(int present, int due) => present >= 0 && present <= due;

    private static bool HasHours(decimal hours) => hours >= 0 && hours <= 24;
}
