namespace PartyBuilding.Core.Petitions;

/// <summary>
/// Routes a petition: to the lowest tier its category and gravity allow ("small matters do not leave the village, major
/// matters do not leave the township"), to another procedure when the matter belongs there, or refuses a second filing of
/// a matter still being handled within its limit.
/// </summary>
/// <remarks>Implementations are pure, deterministic and thread-safe; every valid intake gets a routing.</remarks>
public interface IPetitionRouter
{
    /// <summary>Routes <paramref name="intake"/> under the policy version in force on its day of receipt.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="intake"/> is null.</exception>
    /// <exception cref="InvalidInputException">The intake is invalid (every failure listed, codes <c>PET.*</c>).</exception>
    /// <exception cref="InvalidOperationException">No policy version is in force on the day of receipt (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    PetitionRouting Route(PetitionIntake intake);
}
