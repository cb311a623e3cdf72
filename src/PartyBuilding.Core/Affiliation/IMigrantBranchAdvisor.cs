using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Affiliation;

/// <summary>Advises where a township should set up migrant branches.</summary>
/// <remarks>Implementations are pure, deterministic and thread-safe.</remarks>
public interface IMigrantBranchAdvisor
{
    /// <summary>
    /// Finds the areas where at least the policy's number of full mobile members live and no migrant
    /// branch serves them, ordered by area code (ordinal).
    /// </summary>
    /// <param name="members">The township's mobile members, in any order; each at most once.</param>
    /// <param name="registry">The township's organizations.</param>
    /// <returns>One recommendation per such area; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">A member is null, malformed or appears twice; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">The advisor holds several policy versions (code <c>COMMON.AS_OF_REQUIRED</c>): give the date.</exception>
    IReadOnlyList<MigrantBranchRecommendation> Advise(IEnumerable<MobileMember> members, OrganizationRegistry registry);

    /// <summary>As <see cref="Advise(IEnumerable{MobileMember}, OrganizationRegistry)"/>, under the policy version in force on <paramref name="asOf"/>.</summary>
    /// <param name="members">The township's mobile members, in any order; each at most once.</param>
    /// <param name="registry">The township's organizations.</param>
    /// <param name="asOf">The date of the advice.</param>
    /// <returns>One recommendation per such area, each naming the version; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">A member is null, malformed or appears twice; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on the date (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    IReadOnlyList<MigrantBranchRecommendation> Advise(IEnumerable<MobileMember> members, OrganizationRegistry registry, NodaTime.LocalDate asOf);
}
