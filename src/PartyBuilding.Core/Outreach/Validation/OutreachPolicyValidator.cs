using FluentValidation;

namespace PartyBuilding.Core.Outreach.Validation;

/// <summary>Refuses an outreach policy with a figure out of range; every failure is listed.</summary>
public sealed class OutreachPolicyValidator : AbstractValidator<OutreachPolicy>
{
    /// <summary>Creates the validator.</summary>
    public OutreachPolicyValidator()
    {
        RuleFor(p => p.MinimumHouseholdsPerCadre).GreaterThan(0).WithCode(OutreachErrorCodes.PolicyOutOfRange)
            .LessThanOrEqualTo(OutreachPolicy.MaxHouseholdsPerCadre).WithCode(OutreachErrorCodes.PolicyTooLarge);
        RuleFor(p => p.MinimumVisitsPerYear).GreaterThanOrEqualTo(0).WithCode(OutreachErrorCodes.PolicyOutOfRange)
            .LessThanOrEqualTo(OutreachPolicy.MaxVisitsPerYear).WithCode(OutreachErrorCodes.PolicyTooLarge);
    }
}
