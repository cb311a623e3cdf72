using FluentValidation;

namespace PartyBuilding.Core.Teams.Validation;

/// <summary>Checks the shape of a <see cref="TeamProfile"/>: an organization, no negative count, a whole rank, a share of at most one, defined findings.</summary>
public sealed class TeamProfileValidator : AbstractValidator<TeamProfile>
{
    /// <summary>Creates the validator.</summary>
    public TeamProfileValidator()
    {
        RuleFor(t => t.Organization.Value).NotEmpty().WithCode(TeamsErrorCodes.IdMissing).OverridePropertyName(nameof(TeamProfile.Organization));
        RuleFor(t => t.RequiredMeetingsDue).GreaterThanOrEqualTo(0).WithCode(TeamsErrorCodes.CountNegative);
        RuleFor(t => t.RequiredMeetingsHeld).GreaterThanOrEqualTo(0).WithCode(TeamsErrorCodes.CountNegative);
        RuleFor(t => t.PetitionsInPeriod).GreaterThanOrEqualTo(0).WithCode(TeamsErrorCodes.CountNegative);
        RuleFor(t => t.CadresAdvisedAdjustNotAdjusted).GreaterThanOrEqualTo(0).WithCode(TeamsErrorCodes.CountNegative);
        RuleFor(t => t.AssessmentRank).Must((t, rank) => rank.HasValue == t.AssessmentRanked.HasValue).WithCode(TeamsErrorCodes.RankIncomplete);
        RuleFor(t => t.AssessmentRank).Must((t, rank) => rank >= 1 && rank <= t.AssessmentRanked)
            .WithCode(TeamsErrorCodes.RankOutOfRange).When(t => t.AssessmentRank.HasValue && t.AssessmentRanked.HasValue);
        RuleFor(t => t.PublicSatisfaction).Must(s => s <= Ratio.One).WithCode(TeamsErrorCodes.ShareAboveOne).When(t => t.PublicSatisfaction.HasValue);
        RuleFor(t => t.MidTermFinding).IsInEnum().WithCode(TeamsErrorCodes.EnumUndefined);
    }
}
