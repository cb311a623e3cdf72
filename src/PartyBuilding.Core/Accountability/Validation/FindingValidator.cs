using FluentValidation;

namespace PartyBuilding.Core.Accountability.Validation;

/// <summary>
/// Checks that a <see cref="Finding"/> is consistent: a substantiated finding names its kind and impact;
/// an unsubstantiated one states its grounds and names no kind, impact or escalation facts.
/// </summary>
public sealed class FindingValidator : AbstractValidator<Finding>
{
    /// <summary>Creates the validator.</summary>
    public FindingValidator()
    {
        RuleFor(f => f.Outcome).IsInEnum().WithCode(AccountabilityErrorCodes.EnumUndefined);
        When(f => f.Outcome == FindingOutcome.Substantiated, () =>
        {
            RuleFor(f => f.Kind).NotNull().WithCode(AccountabilityErrorCodes.FindingKindMissing);
            RuleFor(f => f.Kind).IsInEnum().WithCode(AccountabilityErrorCodes.EnumUndefined).When(f => f.Kind is not null);
            RuleFor(f => f.Impact).NotNull().WithCode(AccountabilityErrorCodes.FindingImpactMissing);
            RuleFor(f => f.Impact).IsInEnum().WithCode(AccountabilityErrorCodes.EnumUndefined).When(f => f.Impact is not null);
        });
        When(f => f.Outcome == FindingOutcome.Unsubstantiated, () =>
        {
            RuleFor(f => f.Grounds).Must(g => !string.IsNullOrWhiteSpace(g)).WithCode(AccountabilityErrorCodes.FindingGroundsMissing);
            RuleFor(f => f).Must(f => f.Kind is null && f.Impact is null && !f.ObstructedInvestigation && !f.PromptRemedy && !f.DissentRecorded && !f.ForceMajeure)
                .WithCode(AccountabilityErrorCodes.FindingUnsubstantiatedWithFacts).OverridePropertyName(nameof(Finding.Outcome));
        });
    }
}
