using NodaTime;

namespace PartyBuilding.Core.Members;

/// <summary>Works out a member's monthly dues (党费) by bracket or fixed sum.</summary>
/// <remarks>
/// Implementations are pure, deterministic and thread-safe. The undated form is for a calculator holding a single
/// policy version (what <c>AddPartyBuilding</c> registers by default); one holding several refuses it
/// (<see cref="CommonErrorCodes.AsOfRequired"/>) and takes the month instead.
/// </remarks>
public interface IDuesCalculator
{
    /// <summary>The monthly dues of <paramref name="basis"/> under the calculator's only policy version.</summary>
    /// <param name="basis">The category and monthly income after tax.</param>
    /// <returns>The amount, the rate or fixed sum, and the reason naming the bracket and its source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    /// <exception cref="InvalidInputException">The category is undefined, or the income is negative or not whole fen; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">The calculator holds several versions (code <c>COMMON.AS_OF_REQUIRED</c>).</exception>
    DuesAssessment Calculate(DuesBasis basis);

    /// <summary>The dues of <paramref name="basis"/> for <paramref name="month"/>, under the version in force on its first day.</summary>
    /// <param name="basis">The category and monthly income after tax.</param>
    /// <param name="month">The month the dues are for.</param>
    /// <returns>The amount, the rate or fixed sum, and the reason naming the bracket and its source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    /// <exception cref="InvalidInputException">The category is undefined, or the income is negative or not whole fen; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on the month's first day (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    DuesAssessment Calculate(DuesBasis basis, YearMonth month);
}
