using NodaTime;

namespace PartyBuilding.Core.Members;

/// <summary>Works out a member's dues standing from their payment records.</summary>
/// <remarks>Implementations are pure, deterministic and thread-safe. They flag for review; they never decide membership.</remarks>
public interface IDuesStandingAssessor
{
    /// <summary>The dues standing of <paramref name="member"/> on <paramref name="asOf"/>.</summary>
    /// <param name="member">The member.</param>
    /// <param name="admittedOn">The day of admission (probationary members owe from the month of admission, inclusive).</param>
    /// <param name="payments">The member's payments, in any order; payments for the as-of month or later are allowed and count for nothing owed.</param>
    /// <param name="asOf">The date of the standing: only months before its month can be unpaid.</param>
    /// <returns>The standing with every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payments"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The member id is missing, <paramref name="admittedOn"/> is after <paramref name="asOf"/>, or a payment is null,
    /// of another member, dated after <paramref name="asOf"/>, for a month before admission or for a month already
    /// paid; every failure is listed.
    /// </exception>
    /// <exception cref="InvalidOperationException">No policy version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    DuesStanding Assess(MemberId member, LocalDate admittedOn, IEnumerable<DuesPayment> payments, LocalDate asOf);
}
