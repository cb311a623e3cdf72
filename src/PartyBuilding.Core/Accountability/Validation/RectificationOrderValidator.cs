using FluentValidation;

namespace PartyBuilding.Core.Accountability.Validation;

/// <summary>Checks the shape of a <see cref="RectificationOrder"/>.</summary>
public sealed class RectificationOrderValidator : AbstractValidator<RectificationOrder>
{
    /// <summary>Creates the validator.</summary>
    public RectificationOrderValidator()
    {
        RuleFor(o => o.Id.Value).NotEmpty().WithCode(AccountabilityErrorCodes.OrderIdMissing).OverridePropertyName(nameof(RectificationOrder.Id));
        RuleFor(o => o.Case.Value).NotEmpty().WithCode(AccountabilityErrorCodes.CaseIdMissing).OverridePropertyName(nameof(RectificationOrder.Case));
        RuleFor(o => o.Subject).NotNull().WithCode(AccountabilityErrorCodes.SubjectMissing);
        RuleFor(o => o.Requirement).Must(r => !string.IsNullOrWhiteSpace(r)).WithCode(AccountabilityErrorCodes.OrderRequirementEmpty);
        RuleFor(o => o.Deadline).GreaterThanOrEqualTo(o => o.IssuedOn).WithCode(AccountabilityErrorCodes.OrderDeadlineBeforeIssue);
        RuleFor(o => o.MetOn).Must((o, met) => met is null || met.Value >= o.IssuedOn).WithCode(AccountabilityErrorCodes.OrderMetBeforeIssue);
    }
}
