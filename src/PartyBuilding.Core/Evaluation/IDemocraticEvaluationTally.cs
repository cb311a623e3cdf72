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

    /// <summary>
    /// Tallies the round of a closed <paramref name="box"/>, with no cadre rated incompetent in the previous
    /// round: the ballots of every box sharing its issuance register (one box alone has a register of its own).
    /// </summary>
    /// <param name="box">A closed ballot box.</param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="InvalidOperationException">The box, or another box of its register, is still open (<c>EVAL.BOX_OPEN</c>).</exception>
    EvaluationRoundResult Tally(BallotBox box);

    /// <summary>Tallies the round of a closed <paramref name="box"/>: the ballots of every box sharing its issuance register.</summary>
    /// <param name="box">A closed ballot box.</param>
    /// <param name="ratedIncompetentInPreviousRound">As for the other overload.</param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="InvalidOperationException">The box, or another box of its register, is still open (<c>EVAL.BOX_OPEN</c>).</exception>
    EvaluationRoundResult Tally(BallotBox box, IEnumerable<CadreId> ratedIncompetentInPreviousRound);

    /// <summary>Tallies a round held with several boxes (a fixed box and a mobile box): the ballots of every box of <paramref name="issuance"/>.</summary>
    /// <param name="issuance">The round's issuance register; every one of its boxes closed.</param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="InvalidOperationException">A box of the register is still open (<c>EVAL.BOX_OPEN</c>).</exception>
    EvaluationRoundResult Tally(IssuanceRegister issuance);

    /// <summary>Tallies a round held with several boxes: the ballots of every box of <paramref name="issuance"/>.</summary>
    /// <param name="issuance">The round's issuance register; every one of its boxes closed.</param>
    /// <param name="ratedIncompetentInPreviousRound">As for the other overloads.</param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="InvalidOperationException">A box of the register is still open (<c>EVAL.BOX_OPEN</c>).</exception>
    EvaluationRoundResult Tally(IssuanceRegister issuance, IEnumerable<CadreId> ratedIncompetentInPreviousRound);

    /// <summary>Tallies a round whose boxes hold some groups' ballots and whose count sheet enters the other groups.</summary>
    /// <param name="issuance">The round's issuance register; every one of its boxes closed.</param>
    /// <param name="sheet">The tellers' count sheet of the groups not voting in the boxes.</param>
    /// <param name="ratedIncompetentInPreviousRound">As for the other overloads.</param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="InvalidOperationException">A box of the register is still open (<c>EVAL.BOX_OPEN</c>).</exception>
    /// <exception cref="InvalidInputException">
    /// The sheet does not add up (<see cref="Validation.CountSheetValidator"/>), or a group is entered both as
    /// ballots and on the sheet (<c>EVAL.GROUP_ENTERED_TWICE</c>).
    /// </exception>
    EvaluationRoundResult Tally(IssuanceRegister issuance, CountSheet sheet, IEnumerable<CadreId> ratedIncompetentInPreviousRound);

    /// <summary>Tallies a round entered as counts (the tellers' sheet of a paper ballot), with no cadre rated incompetent in the previous round.</summary>
    /// <param name="round">The round; its groups may list no voters.</param>
    /// <param name="sheet">The count sheet; a group it leaves out cast nothing.</param>
    /// <returns>The result of every candidate, by the same rules as ballots: a sheet and the ballots it counts give equal results.</returns>
    /// <exception cref="InvalidInputException">
    /// The sheet does not add up (every failure of <see cref="Validation.CountSheetValidator"/>), or the tally
    /// holds no policy version with the label the round names (<c>EVAL.POLICY_VERSION_UNKNOWN</c>).
    /// </exception>
    EvaluationRoundResult Tally(EvaluationRound round, CountSheet sheet);

    /// <summary>Tallies a round entered as counts (the tellers' sheet of a paper ballot).</summary>
    /// <param name="round">The round; its groups may list no voters.</param>
    /// <param name="sheet">The count sheet; a group it leaves out cast nothing.</param>
    /// <param name="ratedIncompetentInPreviousRound">As for the other overloads.</param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="InvalidInputException">The sheet does not add up, a previous-round cadre id is missing, or the round's policy version is unknown.</exception>
    EvaluationRoundResult Tally(EvaluationRound round, CountSheet sheet, IEnumerable<CadreId> ratedIncompetentInPreviousRound);

    /// <summary>Tallies a round whose groups are entered partly as <paramref name="ballots"/> and partly on <paramref name="sheet"/>.</summary>
    /// <param name="round">The round.</param>
    /// <param name="ballots">The ballots of the groups not on the sheet, in any order.</param>
    /// <param name="sheet">The count sheet of the other groups.</param>
    /// <param name="ratedIncompetentInPreviousRound">As for the other overloads.</param>
    /// <returns>The result of every candidate.</returns>
    /// <exception cref="InvalidInputException">
    /// A ballot or the sheet is refused as by the other overloads, or a group is entered both ways (<c>EVAL.GROUP_ENTERED_TWICE</c>).
    /// </exception>
    EvaluationRoundResult Tally(EvaluationRound round, IEnumerable<Ballot> ballots, CountSheet sheet, IEnumerable<CadreId> ratedIncompetentInPreviousRound);

    /// <summary>
    /// Reduces <paramref name="ballots"/> to the tellers' count sheet, as the tally counts them: every group of
    /// the round and every candidate, in the round's order. Tallying the sheet gives the result of tallying the ballots.
    /// </summary>
    /// <param name="round">The round.</param>
    /// <param name="ballots">The ballots, in any order.</param>
    /// <returns>The sheet.</returns>
    /// <exception cref="InvalidInputException">A ballot is null, names an unknown group or has null ratings, or a group cast more ballots than it has voters.</exception>
    CountSheet Count(EvaluationRound round, IEnumerable<Ballot> ballots);
}
