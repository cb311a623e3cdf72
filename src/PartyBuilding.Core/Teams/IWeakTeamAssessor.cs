using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>Identifies weak and lax village-level teams (软弱涣散) and ranks a county's or township's teams to propose some for review.</summary>
/// <remarks>Every decision is dated and uses the policy version in force on its date, whose label it names.</remarks>
public interface IWeakTeamAssessor
{
    /// <summary>Whether <paramref name="team"/> is weak and lax on <paramref name="asOf"/>, with every criterion met.</summary>
    /// <param name="team">The team's profile.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> is null.</exception>
    /// <exception cref="InvalidInputException">The profile is invalid; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    WeakTeamAssessment Assess(TeamProfile team, LocalDate asOf);

    /// <summary>
    /// Ranks <paramref name="teams"/> by score and proposes the lowest share for review (rounded up, ties with the
    /// last included); the same organizations whatever the input order. Proposed is not identified.
    /// </summary>
    /// <param name="teams">The scores, one per organization.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The proposal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="teams"/> is null.</exception>
    /// <exception cref="InvalidInputException">A score is null, has no organization, or an organization appears twice; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    ReviewProposal ProposeForReview(IEnumerable<TeamScore> teams, LocalDate asOf);
}
