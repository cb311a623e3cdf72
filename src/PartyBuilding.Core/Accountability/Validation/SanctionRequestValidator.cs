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

    /// <summary>The same checks without FluentValidation's allocations, for the hot path; false when the full validator must run.</summary>
    internal static bool IsPlainlyValid(SanctionRequest request) =>
        request.Subject is not null
        && (uint)request.Kind <= (uint)MisconductKind.RuleViolation
        && (uint)request.Impact <= (uint)Impact.Serious
        && request.PriorSubstantiatedOn is not null
        && (request.PolicyLabel is null || !string.IsNullOrWhiteSpace(request.PolicyLabel));
}
