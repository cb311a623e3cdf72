using FluentValidation;

namespace PartyBuilding.Core.Accountability.Validation;

/// <summary>Checks the shape of a <see cref="Complaint"/>.</summary>
public sealed class ComplaintValidator : AbstractValidator<Complaint>
{
    /// <summary>Creates the validator.</summary>
    public ComplaintValidator()
    {
        RuleFor(c => c.Id.Value).NotEmpty().WithCode(AccountabilityErrorCodes.CaseIdMissing).OverridePropertyName(nameof(Complaint.Id));
        RuleFor(c => c.Subject).NotNull().WithCode(AccountabilityErrorCodes.SubjectMissing);
        RuleFor(c => c.Summary).Must(s => !string.IsNullOrWhiteSpace(s)).WithCode(AccountabilityErrorCodes.SummaryEmpty);
        RuleFor(c => c.LinkedCase!.Value.Value).NotEmpty().WithCode(AccountabilityErrorCodes.CaseIdMissing)
            .OverridePropertyName(nameof(Complaint.LinkedCase)).When(c => c.LinkedCase is not null);
        RuleFor(c => c.MissedOrder!.Value.Value).NotEmpty().WithCode(AccountabilityErrorCodes.OrderIdMissing)
            .OverridePropertyName(nameof(Complaint.MissedOrder)).When(c => c.MissedOrder is not null);
    }
}
