using FluentValidation;

namespace PartyBuilding.Core.Teams.Validation;

/// <summary>Checks the shape of a <see cref="CadreTrainingRecord"/>: a cadre, sessions of 1 to 366 days, posts of a defined kind that end on or after they start.</summary>
public sealed class CadreTrainingRecordValidator : AbstractValidator<CadreTrainingRecord>
{
    /// <summary>Creates the validator.</summary>
    public CadreTrainingRecordValidator()
    {
        RuleFor(c => c.Cadre.Value).NotEmpty().WithCode(TeamsErrorCodes.IdMissing).OverridePropertyName(nameof(CadreTrainingRecord.Cadre));
        RuleFor(c => c.Sessions).NotNull().WithCode(CommonErrorCodes.Required);
        RuleFor(c => c.Posts).NotNull().WithCode(CommonErrorCodes.Required);
        RuleForEach(c => c.Sessions).NotNull().WithCode(CommonErrorCodes.Required)
            .ChildRules(s => s.RuleFor(x => x.Days).InclusiveBetween(1, 366).WithCode(TeamsErrorCodes.TrainingDaysOutOfRange));
        RuleForEach(c => c.Posts).NotNull().WithCode(CommonErrorCodes.Required).ChildRules(p =>
        {
            p.RuleFor(x => x.Kind).IsInEnum().WithCode(TeamsErrorCodes.EnumUndefined);
            p.RuleFor(x => x.To).Must((x, to) => to >= x.From).WithCode(TeamsErrorCodes.PostDatesOutOfOrder).When(x => x.To.HasValue);
        });
    }
}
