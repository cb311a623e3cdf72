namespace PartyBuilding.Core.FourHaves;

/// <summary>Assesses an enterprise party organization against the four haves (四有).</summary>
public interface IFourHavesAssessor
{
    /// <summary>Scores each have, totals, grades (with veto items) and explains the result.</summary>
    /// <param name="enterprise">The enterprise's profile.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is null.</exception>
    /// <exception cref="InvalidInputException">The profile is invalid; every failure is listed.</exception>
    FourHavesAssessment Assess(EnterpriseProfile enterprise);
}
