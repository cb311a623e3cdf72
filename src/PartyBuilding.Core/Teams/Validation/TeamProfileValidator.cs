using System.Linq.Expressions;
using FluentValidation;

namespace PartyBuilding.Core.Teams.Validation;

/// <summary>Checks the shape of a <see cref="TeamProfile"/>: an organization, no negative count, a whole rank, a share of at most one, defined findings.</summary>
public sealed class TeamProfileValidator : AbstractValidator<TeamProfile>
{
    /// <summary>
    /// Every rule once, as a predicate: the validator is built from them, and <see cref="Accepts"/> runs them without
    /// allocating, so the assessor lists failures (with the validator) only for a profile that fails
    /// (<c>TeamsBenchmarks</c>: the validator on every call cost the assessor twice the floor's allocation).
    /// </summary>
    private static readonly (Expression<Func<TeamProfile, object?>> Property, string Code, Func<TeamProfile, bool> Holds)[] Rules =
    [
        (t => t.Organization, TeamsErrorCodes.IdMissing, t => !string.IsNullOrEmpty(t.Organization.Value)),
        (t => t.RequiredMeetingsDue, TeamsErrorCodes.CountNegative, t => t.RequiredMeetingsDue >= 0),
        (t => t.RequiredMeetingsHeld, TeamsErrorCodes.CountNegative, t => t.RequiredMeetingsHeld >= 0),
        (t => t.PetitionsInPeriod, TeamsErrorCodes.CountNegative, t => t.PetitionsInPeriod >= 0),
        (t => t.CadresAdvisedAdjustNotAdjusted, TeamsErrorCodes.CountNegative, t => t.CadresAdvisedAdjustNotAdjusted >= 0),
        (t => t.AssessmentRank, TeamsErrorCodes.RankIncomplete, t => t.AssessmentRank.HasValue == t.AssessmentRanked.HasValue),
        (t => t.AssessmentRank, TeamsErrorCodes.RankOutOfRange, t => t.AssessmentRank is not { } rank || t.AssessmentRanked is not { } ranked || (rank >= 1 && rank <= ranked)),
        (t => t.PublicSatisfaction, TeamsErrorCodes.ShareAboveOne, t => t.PublicSatisfaction is not { } share || share <= Ratio.One),
        (t => t.MidTermFinding, TeamsErrorCodes.EnumUndefined, t => t.MidTermFinding is not { } finding || Enum.IsDefined(finding)),
    ];

    /// <summary>Creates the validator.</summary>
    public TeamProfileValidator()
    {
        foreach (var (property, code, holds) in Rules)
        {
            RuleFor(property).Must((team, _) => holds(team)).WithCode(code);
        }
    }

    /// <summary>Whether <paramref name="team"/> passes every rule of the validator.</summary>
    internal static bool Accepts(TeamProfile team)
    {
        foreach (var rule in Rules)
        {
            if (!rule.Holds(team))
            {
                return false;
            }
        }

        return true;
    }
}
