using FluentValidation;

namespace PartyBuilding.Core.Organizations.Validation;

/// <summary>Checks the shape of one <see cref="PartyOrganization"/>; the registry checks how organizations fit together.</summary>
public sealed class PartyOrganizationValidator : AbstractValidator<PartyOrganization>
{
    /// <summary>Creates the validator.</summary>
    public PartyOrganizationValidator()
    {
        RuleFor(o => o.Id.Value).NotEmpty().WithCode(OrganizationErrorCodes.IdMissing).OverridePropertyName(nameof(PartyOrganization.Id));
        RuleFor(o => o.Name).NotEmpty().WithCode(OrganizationErrorCodes.NameEmpty);
        RuleFor(o => o.Level).IsInEnum().WithCode(OrganizationErrorCodes.EnumUndefined);
        RuleFor(o => o.Kind).IsInEnum().WithCode(OrganizationErrorCodes.EnumUndefined);
        RuleFor(o => o.AreaCode).Must(a => a is null || !string.IsNullOrWhiteSpace(a)).WithCode(OrganizationErrorCodes.AreaCodeEmpty);
        RuleFor(o => o.ParentId!.Value.Value).NotEmpty().WithCode(OrganizationErrorCodes.IdMissing)
            .OverridePropertyName(nameof(PartyOrganization.ParentId)).When(o => o.ParentId is not null);
        RuleFor(o => o.ParentId).NotEqual(o => o.Id).WithCode(OrganizationErrorCodes.SelfParent).When(o => o.ParentId is not null);
    }
}
