using FluentValidation;

namespace PartyBuilding.Core.Organizations.Validation;

/// <summary>
/// Checks the shape of one <see cref="PartyOrganization"/>; the registry checks how organizations fit together.
/// Served areas: only a migrant branch names several (<c>ORG.SERVED_AREAS_NOT_MIGRANT</c>), and only beside its
/// own area (<c>ORG.SERVED_AREAS_WITHOUT_AREA</c>); each not empty (<c>ORG.AREA_CODE_EMPTY</c>) and named once,
/// its own area included (<c>ORG.AREA_DUPLICATE</c>).
/// </summary>
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
        RuleFor(o => o).Custom(CheckServedAreas);
    }

    private static void CheckServedAreas(PartyOrganization organization, ValidationContext<PartyOrganization> context)
    {
        const string property = nameof(PartyOrganization.ServedAreaCodes);
        var served = organization.ServedAreaCodes;
        if (served is null)
        {
            context.AddFailure(Failures.Of(property, CommonErrorCodes.Required, null));
            return;
        }

        if (served.Count == 0)
        {
            return;
        }

        if (organization.Kind != OrganizationKind.Migrant)
        {
            context.AddFailure(Failures.Of(property, OrganizationErrorCodes.ServedAreasNotMigrant, served.Count, organization.Id.Value, organization.Kind));
        }

        if (organization.AreaCode is null)
        {
            context.AddFailure(Failures.Of(property, OrganizationErrorCodes.ServedAreasWithoutArea, served.Count, organization.Id.Value));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (organization.AreaCode is not null)
        {
            seen.Add(organization.AreaCode);
        }

        for (var i = 0; i < served.Count; i++)
        {
            var area = served[i];
            if (string.IsNullOrWhiteSpace(area))
            {
                context.AddFailure(Failures.Of($"{property}[{i}]", OrganizationErrorCodes.AreaCodeEmpty, area));
            }
            else if (!seen.Add(area))
            {
                context.AddFailure(Failures.Of($"{property}[{i}]", OrganizationErrorCodes.AreaDuplicate, area, area, organization.Id.Value));
            }
        }
    }
}
