using FluentValidation;

namespace PartyBuilding.Core.Education.Validation;

/// <summary>Checks a <see cref="ScheduleProfile"/>: an organization id and a defined kind.</summary>
public sealed class ScheduleProfileValidator : AbstractValidator<ScheduleProfile>
{
    /// <summary>Creates the validator.</summary>
    public ScheduleProfileValidator()
    {
        RuleFor(p => p.Organization.Value).NotEmpty().WithCode(EducationErrorCodes.OrganizationMissing).OverridePropertyName(nameof(ScheduleProfile.Organization));
        RuleFor(p => p.Kind).IsInEnum().WithCode(EducationErrorCodes.EnumUndefined);
    }
}
