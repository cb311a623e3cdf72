namespace PartyBuilding.Core.Organizations;

/// <summary>Advises the organizational form for a unit from its member counts.</summary>
/// <remarks>
/// Formation thresholds (3 full members for an organization, 7 for a branch committee) count full
/// members only; size thresholds (50 for a branch, 100 for a general branch) count all members.
/// Implementations are pure and thread-safe.
/// </remarks>
public interface IStructureAdvisor
{
    /// <summary>Advises the form for a unit with the given members.</summary>
    /// <param name="fullMembers">Full members (正式党员); zero or more.</param>
    /// <param name="probationaryMembers">Probationary members (预备党员); zero or more.</param>
    /// <returns>The advised form and its reasons.</returns>
    /// <exception cref="InvalidInputException">A count is negative (code <c>ORG.COUNT_NEGATIVE</c>).</exception>
    /// <exception cref="InvalidOperationException">The advisor holds several policy versions (code <c>COMMON.AS_OF_REQUIRED</c>): give the date.</exception>
    StructureAdvice Advise(int fullMembers, int probationaryMembers);

    /// <summary>Advises the form under the policy version in force on <paramref name="asOf"/>, and names that version.</summary>
    /// <param name="fullMembers">Full members (正式党员); zero or more.</param>
    /// <param name="probationaryMembers">Probationary members (预备党员); zero or more.</param>
    /// <param name="asOf">The date of the advice.</param>
    /// <returns>The advised form and its reasons.</returns>
    /// <exception cref="InvalidInputException">A count is negative (code <c>ORG.COUNT_NEGATIVE</c>).</exception>
    /// <exception cref="InvalidOperationException">No version is in force on the date (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    StructureAdvice Advise(int fullMembers, int probationaryMembers, NodaTime.LocalDate asOf);
}
