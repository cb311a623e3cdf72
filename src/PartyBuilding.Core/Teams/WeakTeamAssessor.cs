using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Teams.Validation;

namespace PartyBuilding.Core.Teams;

/// <summary>Identifies weak and lax teams and proposes the lowest of a ranking for review, with the versions of a <see cref="PolicySet{TPolicy}"/> of <see cref="TeamsPolicy"/>.</summary>
/// <remarks>Pure and thread-safe; every version is validated once, at construction.</remarks>
public sealed class WeakTeamAssessor : IWeakTeamAssessor
{
    private static readonly TeamProfileValidator ProfileChecks = new();

    /// <summary>Creates an assessor with the default policy.</summary>
    public WeakTeamAssessor()
        : this(PolicySet.Of(TeamsPolicy.Default))
    {
    }

    /// <summary>Creates an assessor with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent; every failure of every version is listed.</exception>
    public WeakTeamAssessor(PolicySet<TeamsPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies.ThrowIfInvalid(new TeamsPolicyValidator(), nameof(policies));
    }

    /// <summary>The policy versions the assessor decides with.</summary>
    public PolicySet<TeamsPolicy> Policies { get; }

    /// <inheritdoc />
    public WeakTeamAssessment Assess(TeamProfile team, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (!TeamProfileValidator.Accepts(team))
        {
            ProfileChecks.ThrowIfInvalid(team, nameof(team));
        }

        var version = Policies.InForceOn(asOf);
        var policy = version.Policy;
        var criteria = new List<WeakTeamCriterion>(4);
        var reasons = new List<Reason>(5) { null! }; // the verdict goes first, once the count is known

        if (team.WorkStalled && team.SecretaryVacantSince is { } since && CalendarEnds.MinusMonths(asOf, policy.SecretaryVacantMonths) > since)
        {
            Met(WeakTeamCriterion.SecretaryVacant, Reason.Of(TeamsReasonCodes.SecretaryVacant, since, policy.SecretaryVacantMonths, asOf));
        }

        if (team.RequiredMeetingsDue > 0 && !policy.MeetingsHeldAtLeast.IsMetBy(team.RequiredMeetingsHeld, team.RequiredMeetingsDue))
        {
            Met(WeakTeamCriterion.MeetingsNotHeld, Reason.Of(TeamsReasonCodes.MeetingsNotHeld, team.RequiredMeetingsHeld, team.RequiredMeetingsDue, policy.MeetingsHeldAtLeast.Value.ToPercent()));
        }

        if (team.LastDevelopmentCandidateOn is not { } last)
        {
            Met(WeakTeamCriterion.NoDevelopmentCandidate, Reason.Of(TeamsReasonCodes.NoDevelopmentCandidateRecorded, policy.NoDevelopmentCandidateMonths));
        }
        else if (CalendarEnds.MinusMonths(asOf, policy.NoDevelopmentCandidateMonths) >= last)
        {
            Met(WeakTeamCriterion.NoDevelopmentCandidate, Reason.Of(TeamsReasonCodes.NoDevelopmentCandidate, last, policy.NoDevelopmentCandidateMonths, asOf));
        }

        if (team.PetitionsInPeriod >= policy.PetitionsConcentratedFrom)
        {
            Met(WeakTeamCriterion.PetitionsConcentrated, Reason.Of(TeamsReasonCodes.PetitionsConcentrated, team.PetitionsInPeriod, policy.PetitionsConcentratedFrom));
        }

        if (team.AssessmentRank is { } rank && team.AssessmentRanked is { } ranked && rank > (long)ranked - policy.LastPlacesInAssessment)
        {
            Met(WeakTeamCriterion.LastInAssessment, Reason.Of(TeamsReasonCodes.LastInAssessment, rank, ranked, policy.LastPlacesInAssessment));
        }

        if (team.PublicSatisfaction is { } satisfaction && !policy.SatisfactionAtLeast.IsMetBy(satisfaction))
        {
            Met(WeakTeamCriterion.LowSatisfaction, Reason.Of(TeamsReasonCodes.LowSatisfaction, satisfaction.ToPercent(), policy.SatisfactionAtLeast.Value.ToPercent()));
        }

        if (!team.ElectionCompletedOnTime)
        {
            Met(WeakTeamCriterion.ElectionNotOnTime, Reason.Of(TeamsReasonCodes.ElectionNotOnTime));
        }

        if (team.CadresAdvisedAdjustNotAdjusted >= policy.CadresNotAdjustedFrom)
        {
            Met(WeakTeamCriterion.CadresNotAdjusted, Reason.Of(TeamsReasonCodes.CadresNotAdjusted, team.CadresAdvisedAdjustNotAdjusted, policy.CadresNotAdjustedFrom));
        }

        if (team.MidTermFinding == MidTermFinding.Poor)
        {
            Met(WeakTeamCriterion.MidTermInspectionPoor, Reason.Of(TeamsReasonCodes.MidTermInspectionPoor));
        }

        var weak = criteria.Count >= policy.CriteriaToIdentify;
        reasons[0] = Reason.Of(weak ? TeamsReasonCodes.WeakAndLax : TeamsReasonCodes.NotWeakAndLax, criteria.Count, policy.CriteriaToIdentify, version.Label);
        return new WeakTeamAssessment(team.Organization, asOf, weak, criteria.AsReadOnly(), reasons.AsReadOnly(), version.Label);

        void Met(WeakTeamCriterion criterion, Reason reason)
        {
            criteria.Add(criterion);
            reasons.Add(reason);
        }
    }

    /// <inheritdoc />
    public ReviewProposal ProposeForReview(IEnumerable<TeamScore> teams, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(teams);
        var scores = new List<TeamScore>();
        var failures = new List<ValidationFailure>();
        var seen = new HashSet<OrganizationId>();
        foreach (var team in teams)
        {
            var property = $"{nameof(teams)}[{scores.Count}]";
            if (team is null)
            {
                failures.Add(Failures.Of(property, CommonErrorCodes.Required, null));
            }
            else if (string.IsNullOrEmpty(team.Organization.Value))
            {
                failures.Add(Failures.Of(property + "." + nameof(TeamScore.Organization), TeamsErrorCodes.IdMissing, team.Organization));
            }
            else if (!seen.Add(team.Organization))
            {
                failures.Add(Failures.Of(property + "." + nameof(TeamScore.Organization), TeamsErrorCodes.DuplicateTeam, team.Organization, team.Organization));
            }

            scores.Add(team!);
        }

        Failures.ThrowIfAny(failures);
        var version = Policies.InForceOn(asOf);
        var share = version.Policy.ReviewShare;

        // Lowest first, ties by id ordinally: the same order, and so the same proposal, whatever the input order.
        scores.Sort((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : a.Organization.CompareTo(b.Organization));
        var quota = (int)((((Int128)scores.Count * share.Numerator) + share.Denominator - 1) / share.Denominator);
        var proposedCount = quota;
        while (proposedCount > 0 && proposedCount < scores.Count && scores[proposedCount].Score == scores[quota - 1].Score)
        {
            proposedCount++;
        }

        var ranking = scores.ConvertAll(s => s.Organization);
        var reasons = new List<Reason>(2) { Reason.Of(TeamsReasonCodes.ReviewProposed, quota, scores.Count, share.ToPercent()) };
        if (proposedCount > quota)
        {
            reasons.Add(Reason.Of(TeamsReasonCodes.ReviewTiesIncluded, proposedCount - quota, scores[quota - 1].Score));
        }

        return new ReviewProposal(asOf, scores.Count, quota, ranking.AsReadOnly(), ranking.GetRange(0, proposedCount).AsReadOnly(), reasons.AsReadOnly(), version.Label);
    }
}
