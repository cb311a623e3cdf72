using FluentValidation;

namespace PartyBuilding.Core.Members.Validation;

/// <summary>Checks the shape of one <see cref="DuesPayment"/>; the standing assessor checks payments against each other, the admission and the as-of date.</summary>
public sealed class DuesPaymentValidator : AbstractValidator<DuesPayment>
{
    /// <summary>Creates the validator.</summary>
    public DuesPaymentValidator()
    {
        RuleFor(p => p.Member.Value).NotEmpty().WithCode(MembersErrorCodes.MemberIdMissing).OverridePropertyName(nameof(DuesPayment.Member));
    }
}
