using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>Judges village cadres' training (seed: "the assistant system, temporary training") on a date.</summary>
public interface ICadreTrainingAssessor
{
    /// <summary>The training standing of <paramref name="cadre"/> on <paramref name="asOf"/>, counting sessions started by then.</summary>
    /// <param name="cadre">The cadre's record.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The standing, naming the policy version in force on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> is null.</exception>
    /// <exception cref="InvalidInputException">The record is invalid; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    CadreTrainingStanding Assess(CadreTrainingRecord cadre, LocalDate asOf);
}
