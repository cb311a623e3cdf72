using FluentValidation;

namespace PartyBuilding.Core.Education.Validation;

/// <summary>
/// Refuses an inconsistent <see cref="EducationPolicy"/>: a missing schedule or row, an undefined kind, period or
/// organization kind, two rows for one activity kind, an attendance bound above the whole, or hours out of range.
/// </summary>
public sealed class EducationPolicyValidator : AbstractValidator<EducationPolicy>
{
    /// <summary>The most class hours a year holds (366 days of 24 hours).</summary>
    internal const int MaxYearlyHours = 8784;

    /// <summary>Creates the validator.</summary>
    public EducationPolicyValidator()
    {
        RuleFor(p => p.MemberHoursPerYear).InclusiveBetween(0, MaxYearlyHours).WithCode(EducationErrorCodes.PolicyHoursOutOfRange);
        RuleFor(p => p.SecretaryHoursPerYear).InclusiveBetween(0, MaxYearlyHours).WithCode(EducationErrorCodes.PolicyHoursOutOfRange);
        RuleFor(p => p.HoursPerDay).InclusiveBetween(1, 24).WithCode(EducationErrorCodes.PolicyHoursOutOfRange);
        RuleFor(p => p.HoursPerHalfDay).Must((p, half) => half >= 1 && half <= p.HoursPerDay).WithCode(EducationErrorCodes.PolicyHoursOutOfRange);
        RuleFor(p => p.Schedule).Custom(CheckSchedule);
    }

    private static void CheckSchedule(IReadOnlyList<ActivityRequirement>? rows, ValidationContext<EducationPolicy> context)
    {
        const string Name = nameof(EducationPolicy.Schedule);
        if (rows is null)
        {
            context.AddFailure(Failures.Of(Name, EducationErrorCodes.ScheduleMissing, null));
            return;
        }

        var seen = new HashSet<ActivityKind>();
        for (var i = 0; i < rows.Count; i++)
        {
            var property = $"{Name}[{i}]";
            if (rows[i] is not { } row)
            {
                context.AddFailure(Failures.Of(property, EducationErrorCodes.ScheduleMissing, null));
                continue;
            }

            if (!Enum.IsDefined(row.Kind) || !Enum.IsDefined(row.Period))
            {
                context.AddFailure(Failures.Of(property, EducationErrorCodes.EnumUndefined, row));
            }
            else if (!seen.Add(row.Kind))
            {
                context.AddFailure(Failures.Of(property, EducationErrorCodes.RequirementDuplicate, row, row.Kind));
            }

            if (row.Attendance.Value > Ratio.One || (!row.Attendance.Inclusive && row.Attendance.Value == Ratio.One))
            {
                context.AddFailure(Failures.Of(property + ".Attendance", EducationErrorCodes.AttendanceUnreachable, row.Attendance, row.Attendance));
            }

            if (row.OrganizationKinds is null)
            {
                context.AddFailure(Failures.Of(property + ".OrganizationKinds", EducationErrorCodes.ScheduleMissing, null));
            }
            else if (row.OrganizationKinds.Any(k => !Enum.IsDefined(k)))
            {
                context.AddFailure(Failures.Of(property + ".OrganizationKinds", EducationErrorCodes.EnumUndefined, row.OrganizationKinds));
            }
        }
    }
}
