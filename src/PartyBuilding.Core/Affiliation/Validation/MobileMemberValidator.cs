using FluentValidation;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Core.Affiliation.Validation;

/// <summary>Checks the shape of a <see cref="MobileMember"/>; the assigner decides what happens to it.</summary>
public sealed class MobileMemberValidator : AbstractValidator<MobileMember>
{
    /// <summary>Creates the validator.</summary>
    public MobileMemberValidator()
    {
        RuleFor(m => m.Id.Value).NotEmpty().WithCode(AffiliationErrorCodes.MemberIdMissing).OverridePropertyName(nameof(MobileMember.Id));
        RuleFor(m => m.Status).IsInEnum().WithCode(AffiliationErrorCodes.StatusUndefined);
        RuleFor(m => m.ResidenceAreaCode).Must(a => a is null || !string.IsNullOrWhiteSpace(a)).WithCode(AffiliationErrorCodes.AreaCodeEmpty);
        RuleFor(m => m.IntroducedBy).Must(i => i is null || !i.Value.IsDefault).WithCode(AffiliationErrorCodes.IntroducerIdMissing);
        RuleFor(m => m.IntroducedBy).NotEqual(m => m.Id).WithCode(AffiliationErrorCodes.SelfIntroduced)
            .When(m => m.IntroducedBy is { IsDefault: false } && !m.Id.IsDefault);
    }

    /// <summary>The same checks without allocating, for the assigner's hot path.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsWellFormed(MobileMember member) =>
        !member.Id.IsDefault
        && member.Status is MembershipStatus.Full or MembershipStatus.Probationary
        && (member.ResidenceAreaCode is null || !string.IsNullOrWhiteSpace(member.ResidenceAreaCode))
        && (member.IntroducedBy is not { } introducer || (!introducer.IsDefault && introducer != member.Id));
}
