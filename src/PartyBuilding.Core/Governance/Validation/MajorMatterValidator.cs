using FluentValidation;

namespace PartyBuilding.Core.Governance.Validation;

/// <summary>Checks the shape of a <see cref="MajorMatter"/>; the checker judges its procedure.</summary>
public sealed class MajorMatterValidator : AbstractValidator<MajorMatter>
{
    /// <summary>Creates the validator.</summary>
    public MajorMatterValidator()
    {
        RuleFor(m => m.Id.Value).NotEmpty().WithCode(GovernanceErrorCodes.MatterIdMissing).OverridePropertyName(nameof(MajorMatter.Id));
        RuleFor(m => m.Organization.Value).NotEmpty().WithCode(GovernanceErrorCodes.OrganizationMissing).OverridePropertyName(nameof(MajorMatter.Organization));
        RuleFor(m => m.Level).IsInEnum().WithCode(GovernanceErrorCodes.LevelUndefined);
        RuleFor(m => m.Kind).IsInEnum().WithCode(GovernanceErrorCodes.KindUndefined);
        RuleFor(m => m.Amount).GreaterThanOrEqualTo(0m).WithCode(GovernanceErrorCodes.AmountNegative);
    }
}
