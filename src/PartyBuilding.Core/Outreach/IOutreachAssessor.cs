using NodaTime;

namespace PartyBuilding.Core.Outreach;

/// <summary>Assesses the "six ones" (六个一) of households in a calendar year, and the shares complete per cadre and per village.</summary>
/// <remarks>
/// The period is a calendar year: the as-of date's own year, or an earlier year assessed after it ended. The
/// period's end is the as-of date, or the year's last day when the year has ended; the policy version in force
/// then is used and named. Implementations are pure, deterministic and thread-safe.
/// </remarks>
public interface IOutreachAssessor
{
    /// <summary>The household's outreach in the year of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is null.</exception>
    /// <exception cref="InvalidInputException">The household's outreach is invalid or a record is dated after <paramref name="asOf"/>; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No policy version is in force at the period's end (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    HouseholdAssessment Assess(HouseholdOutreach household, LocalDate asOf);

    /// <summary>The household's outreach in <paramref name="year"/>, as of <paramref name="asOf"/> (in that year or later).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The year is after the as-of date's year (<c>OUT.YEAR_OUT_OF_RANGE</c>), the household's outreach is invalid, or a record is
    /// dated after <paramref name="asOf"/>; every failure is listed.
    /// </exception>
    /// <exception cref="InvalidOperationException">No policy version is in force at the period's end (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    HouseholdAssessment Assess(HouseholdOutreach household, int year, LocalDate asOf);

    /// <summary>Every household in the year of <paramref name="asOf"/>, with the shares complete per cadre, per village and overall.</summary>
    /// <remarks>The whole batch is checked first (every household valid, none twice), so a bad batch gives no result at all.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> is null.</exception>
    /// <exception cref="InvalidInputException">A household is null, invalid or given twice, or a record is dated after <paramref name="asOf"/>; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No policy version is in force at the period's end (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    OutreachReport AssessAll(IEnumerable<HouseholdOutreach> households, LocalDate asOf);

    /// <summary>Every household in <paramref name="year"/>, as of <paramref name="asOf"/>, with the shares complete per cadre, per village and overall.</summary>
    /// <remarks>The whole batch is checked first, so a bad batch gives no result at all.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> is null.</exception>
    /// <exception cref="InvalidInputException">The year is out of range, or a household is null, invalid or given twice, or a record is dated after <paramref name="asOf"/>; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No policy version is in force at the period's end (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    OutreachReport AssessAll(IEnumerable<HouseholdOutreach> households, int year, LocalDate asOf);
}
