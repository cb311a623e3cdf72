using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// Assigns mobile members to a branch of the township (一方隶属): centrally to the migrant branch
/// serving their residence area, otherwise by attribution.
/// </summary>
/// <remarks>Implementations are pure, deterministic, total and thread-safe.</remarks>
public interface IAffiliationAssigner
{
    /// <summary>Decides the affiliation of one member.</summary>
    /// <param name="member">The member.</param>
    /// <param name="registry">The township's organizations and memberships.</param>
    /// <returns>Exactly one decision, with its reasons.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">The member is malformed (codes in <see cref="AffiliationErrorCodes"/>).</exception>
    AffiliationDecision Assign(MobileMember member, OrganizationRegistry registry);

    /// <summary>
    /// Decides the affiliation of many members, streaming: one decision per member, in input order,
    /// each equal to what <see cref="Assign"/> gives for that member.
    /// </summary>
    /// <param name="members">The members, read once and lazily.</param>
    /// <param name="registry">The township's organizations and memberships.</param>
    /// <returns>The decisions, produced as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentNullException">An argument is null (thrown at once).</exception>
    /// <exception cref="InvalidInputException">
    /// A member is null (<c>COMMON.REQUIRED</c>) or malformed (codes in <see cref="AffiliationErrorCodes"/>), each
    /// failure named <c>members[index]</c>; thrown when the member is reached, earlier decisions standing as given.
    /// </exception>
    IEnumerable<AffiliationDecision> AssignAll(IEnumerable<MobileMember> members, OrganizationRegistry registry);
}
