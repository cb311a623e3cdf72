using FluentValidation;

namespace PartyBuilding.Core.Accountability.Validation;

/// <summary>Checks the shape of a <see cref="SanctionRequest"/>.</summary>
public sealed class SanctionRequestValidator : AbstractValidator<SanctionRequest>
{
    /// <summary>Creates the validator.</summary>
    public SanctionRequestValidator()
    {
        RuleFor(r => r.Subject).NotNull().WithCode(AccountabilityErrorCodes.SubjectMissing);
        RuleFor(r => r.Kind).IsInEnum().WithCode(AccountabilityErrorCodes.EnumUndefined);
        RuleFor(r => r.Impact).IsInEnum().WithCode(AccountabilityErrorCodes.EnumUndefined);
        RuleFor(r => r.PriorSubstantiatedOn).NotNull().WithCode(AccountabilityErrorCodes.PriorsMissing);
        RuleFor(r => r.PolicyLabel).Must(l => l is null || !string.IsNullOrWhiteSpace(l)).WithCode(AccountabilityErrorCodes.PolicyLabelUnknown);
    }
}
