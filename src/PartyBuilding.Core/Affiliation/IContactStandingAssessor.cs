using NodaTime;

namespace PartyBuilding.Core.Affiliation;

/// <summary>Works out a mobile member's contact standing from their contact records.</summary>
/// <remarks>Implementations are pure, deterministic and thread-safe. They flag for review; they never decide membership.</remarks>
public interface IContactStandingAssessor
{
    /// <summary>The standing of <paramref name="member"/> on <paramref name="asOf"/>.</summary>
    /// <param name="member">The member.</param>
    /// <param name="monitoredSince">
    /// The day the member came under the branch's management (for example the day of assignment). Each
    /// interval runs from the latest record of its kind, or from this day when there is none or it is later.
    /// </param>
    /// <param name="records">The member's contact records, in any order; records before <paramref name="monitoredSince"/> are allowed.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <returns>The standing with every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The member id is missing, a record is null or malformed, belongs to another member, is dated after
    /// <paramref name="asOf"/> or repeats another, or <paramref name="monitoredSince"/> is after
    /// <paramref name="asOf"/>; every failure is listed.
    /// </exception>
    /// <exception cref="InvalidOperationException">No policy version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    ContactAssessment Assess(MemberId member, LocalDate monitoredSince, IEnumerable<ContactRecord> records, LocalDate asOf);
}
