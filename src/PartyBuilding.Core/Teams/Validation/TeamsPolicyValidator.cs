using FluentValidation;

namespace PartyBuilding.Core.Teams.Validation;

/// <summary>
/// Refuses an inconsistent <see cref="TeamsPolicy"/>: a month figure not 1 to 1,200, a count below 1, a day figure
/// not 1 to 366, a share above one or a review share of zero, a progress check after the rectification deadline,
/// or an inspection window longer than the months to the inspection.
/// </summary>
public sealed class TeamsPolicyValidator : AbstractValidator<TeamsPolicy>
{
    /// <summary>The most months any figure may hold (a hundred years), so no date arithmetic overflows.</summary>
    internal const int MaxMonths = 1200;

    /// <summary>Creates the validator.</summary>
    public TeamsPolicyValidator()
    {
        RuleFor(p => p.SecretaryVacantMonths).InclusiveBetween(0, MaxMonths).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.NoDevelopmentCandidateMonths).InclusiveBetween(1, MaxMonths).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.RectificationMonths).InclusiveBetween(1, MaxMonths).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.ProgressCheckMonths).InclusiveBetween(1, MaxMonths).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.ProgressCheckMonths).LessThanOrEqualTo(p => p.RectificationMonths).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.MaxExtensionMonths).InclusiveBetween(1, MaxMonths).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.MidTermInspectionMonths).InclusiveBetween(1, MaxMonths).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.MidTermWindowMonths).InclusiveBetween(0, MaxMonths).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.MidTermWindowMonths).LessThanOrEqualTo(p => p.MidTermInspectionMonths).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.InductionWithinMonths).InclusiveBetween(1, MaxMonths).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.PetitionsConcentratedFrom).GreaterThanOrEqualTo(1).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.LastPlacesInAssessment).GreaterThanOrEqualTo(1).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.CadresNotAdjustedFrom).GreaterThanOrEqualTo(1).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.CriteriaToIdentify).InclusiveBetween(1, Enum.GetValues<WeakTeamCriterion>().Length).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.InductionMinDays).InclusiveBetween(1, 366).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.RotationMinDaysPerYear).InclusiveBetween(1, 366).WithCode(TeamsErrorCodes.PolicyOutOfRange);
        RuleFor(p => p.MeetingsHeldAtLeast.Value).Must(r => r <= Ratio.One).WithCode(TeamsErrorCodes.ShareAboveOne).OverridePropertyName(nameof(TeamsPolicy.MeetingsHeldAtLeast));
        RuleFor(p => p.SatisfactionAtLeast.Value).Must(r => r <= Ratio.One).WithCode(TeamsErrorCodes.ShareAboveOne).OverridePropertyName(nameof(TeamsPolicy.SatisfactionAtLeast));
        RuleFor(p => p.ReviewShare).Must(r => r <= Ratio.One).WithCode(TeamsErrorCodes.ShareAboveOne);
        RuleFor(p => p.ReviewShare).Must(r => r > Ratio.Zero).WithCode(TeamsErrorCodes.PolicyOutOfRange);
    }
}
