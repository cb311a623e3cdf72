using FluentValidation;

namespace PartyBuilding.Core.Affiliation.Validation;

/// <summary>Checks the shape of one <see cref="ContactRecord"/>; the assessor checks records against each other and the as-of date.</summary>
public sealed class ContactRecordValidator : AbstractValidator<ContactRecord>
{
    /// <summary>Creates the validator.</summary>
    public ContactRecordValidator()
    {
        RuleFor(r => r.Member.Value).NotEmpty().WithCode(AffiliationErrorCodes.MemberIdMissing).OverridePropertyName(nameof(ContactRecord.Member));
        RuleFor(r => r.Kind).IsInEnum().WithCode(AffiliationErrorCodes.ContactKindUndefined);
    }
}
