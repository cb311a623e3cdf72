namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// Counts the ballots of a democratic evaluation round and advises an outcome for every candidate
/// (<see cref="EvaluationOutcome"/>), with reasons and exact figures, under the policy version the
/// round names.
/// </summary>
public interface IDemocraticEvaluationTally
{
    /// <summary>Tallies <paramref name="ballots"/> cast in <paramref name="round"/>, with no cadre rated incompetent in the previous round.</summary>
    /// <param name="round">The round.</param>
    /// <param name="ballots">The ballots, in any order (the result does not depend on it).</param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">
    /// A ballot is null, names an unknown group or has null ratings; a group cast more ballots than it
    /// has voters; or the tally holds no policy version with the label the round names (<c>EVAL.POLICY_VERSION_UNKNOWN</c>).
    /// </exception>
    EvaluationRoundResult Tally(EvaluationRound round, IEnumerable<Ballot> ballots);

    /// <summary>Tallies <paramref name="ballots"/> cast in <paramref name="round"/>.</summary>
    /// <param name="round">The round.</param>
    /// <param name="ballots">The ballots, in any order (the result does not depend on it).</param>
    /// <param name="ratedIncompetentInPreviousRound">
    /// The cadres rated incompetent in the previous round (<see cref="EvaluationRoundResult.RatedIncompetent"/>
    /// of that round). Cadres that are not candidates now are ignored.
    /// </param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">
    /// A ballot is null, names an unknown group or has null ratings; a group cast more ballots than it
    /// has voters; a previous-round cadre id is missing; or the tally holds no policy version with the
    /// label the round names (<c>EVAL.POLICY_VERSION_UNKNOWN</c>). A ballot with an undefined rating is
    /// not refused: it is counted as invalid.
    /// </exception>
    EvaluationRoundResult Tally(EvaluationRound round, IEnumerable<Ballot> ballots, IEnumerable<CadreId> ratedIncompetentInPreviousRound);

    /// <summary>Tallies the ballots of a closed <paramref name="box"/>, with no cadre rated incompetent in the previous round.</summary>
    /// <param name="box">A closed ballot box.</param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="InvalidOperationException">The box is still open (<c>EVAL.BOX_OPEN</c>).</exception>
    EvaluationRoundResult Tally(BallotBox box);

    /// <summary>Tallies the ballots of a closed <paramref name="box"/>.</summary>
    /// <param name="box">A closed ballot box.</param>
    /// <param name="ratedIncompetentInPreviousRound">As for the other overload.</param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="InvalidOperationException">The box is still open (<c>EVAL.BOX_OPEN</c>).</exception>
    EvaluationRoundResult Tally(BallotBox box, IEnumerable<CadreId> ratedIncompetentInPreviousRound);
}
