using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>
/// Decides the sanction for substantiated misconduct: a base level from the policy table of misconduct
/// kind × impact, one step up per prior substantiated case of the same subject within the look-back
/// window, for obstructing the investigation and for a missed rectification order, one step down for
/// prompt remedy, capped at both ends of the ladder; waived for recorded dissent or force majeure.
/// </summary>
/// <remarks>Implementations are pure, deterministic and thread-safe.</remarks>
public interface IAccountabilityEscalator
{
    /// <summary>Decides the sanction for <paramref name="request"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="InvalidInputException">The request is invalid or names an unknown policy label.</exception>
    /// <exception cref="InvalidOperationException">
    /// No policy version is in force on the decision date (code <c>COMMON.POLICY_NOT_IN_FORCE</c>), or the version the
    /// request names takes effect after it (code <c>ACC.POLICY_VERSION_NOT_IN_FORCE</c>).
    /// </exception>
    SanctionDecision Decide(SanctionRequest request);

    /// <summary>
    /// Decides the sanction for a case concluded as substantiated, under the policy version the case was
    /// opened under (whether or not this escalator holds it), from its finding (and, when the case was opened
    /// for a missed rectification order, that miss). The decision names that version's label.
    /// </summary>
    /// <param name="accountabilityCase">The case; concluded as substantiated.</param>
    /// <param name="priorSubstantiatedOn">The dates earlier cases against the same subject were found substantiated.</param>
    /// <param name="decidedOn">The date of the decision.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// The case is not concluded as substantiated (code <c>ACC.ILLEGAL_TRANSITION</c>), or <paramref name="decidedOn"/> is
    /// before its finding (code <c>ACC.DECISION_BEFORE_FINDING</c>).
    /// </exception>
    SanctionDecision Decide(AccountabilityCase accountabilityCase, IReadOnlyList<LocalDate> priorSubstantiatedOn, LocalDate decidedOn);
}
