using NodaTime;

namespace PartyBuilding.Core.FourHaves;

/// <summary>Assesses enterprise party organizations against the four haves (四有).</summary>
/// <remarks>
/// An assessment is dated: its as-of date is the end of the assessed period, and it is scored with the
/// scorecard version in force on that date (<see cref="PolicySet{TPolicy}.InForceOn"/>), whose label it names.
/// The undated forms are for an assessor holding a single version (what <c>AddPartyBuilding</c> registers by
/// default, and what <see cref="FourHavesAssessor(FourHavesPolicy)"/> makes); an assessor holding several
/// versions refuses them (<see cref="CommonErrorCodes.AsOfRequired"/>), so that a scorecard registered in
/// advance for next year never grades this year's work.
/// </remarks>
public interface IFourHavesAssessor
{
    /// <summary>Scores each have, totals, grades (with veto items) and explains the result, with the assessor's only scorecard version.</summary>
    /// <param name="enterprise">The enterprise's profile.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is null.</exception>
    /// <exception cref="InvalidInputException">The profile is invalid; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">The assessor holds several versions (code <c>COMMON.AS_OF_REQUIRED</c>): give the as-of date.</exception>
    FourHavesAssessment Assess(EnterpriseProfile enterprise);

    /// <summary>Scores each have, totals, grades (with veto items) and explains the result, with the scorecard version in force on <paramref name="asOf"/>.</summary>
    /// <param name="enterprise">The enterprise's profile, for the period ending on <paramref name="asOf"/>.</param>
    /// <param name="asOf">The as-of date: the end of the assessed period.</param>
    /// <returns>The assessment, naming the version used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is null.</exception>
    /// <exception cref="InvalidInputException">The profile is invalid; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    FourHavesAssessment Assess(EnterpriseProfile enterprise, LocalDate asOf);

    /// <summary>
    /// Assesses every enterprise, in the order given, with the assessor's only version. The whole batch is
    /// checked first (every profile valid, no id twice), so a bad batch gives no assessment at all.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprises"/> is null.</exception>
    /// <exception cref="InvalidInputException">A profile is null or invalid, or two share an id; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">The assessor holds several versions (code <c>COMMON.AS_OF_REQUIRED</c>).</exception>
    IReadOnlyList<FourHavesAssessment> AssessAll(IEnumerable<EnterpriseProfile> enterprises);

    /// <summary>
    /// Assesses every enterprise, in the order given, with the version in force on <paramref name="asOf"/>.
    /// The whole batch is checked first, so a bad batch gives no assessment at all.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprises"/> is null.</exception>
    /// <exception cref="InvalidInputException">A profile is null or invalid, or two share an id; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    IReadOnlyList<FourHavesAssessment> AssessAll(IEnumerable<EnterpriseProfile> enterprises, LocalDate asOf);
}
