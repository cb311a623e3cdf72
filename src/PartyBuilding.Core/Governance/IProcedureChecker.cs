namespace PartyBuilding.Core.Governance;

/// <summary>Checks the procedure of a major matter: the township's committee decision or the village's six steps.</summary>
/// <remarks>Implementations are pure, deterministic and thread-safe; the verdict does not depend on the order of the records.</remarks>
public interface IProcedureChecker
{
    /// <summary>The verdict on <paramref name="matter"/>'s procedure as its <paramref name="records"/> show it.</summary>
    /// <param name="matter">The matter.</param>
    /// <param name="records">Its records, in any order: at most one per step (per meeting kind at the township), of the matter's level.</param>
    /// <returns>Compliant, or the first failing step with its reasons and every other failing step, under the policy version in force on the decision's date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">The matter or a record is malformed, a record is of the other level or repeats a step, or there is no record; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No policy version is in force on the decision's date (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    ProcedureCompliance Check(MajorMatter matter, IEnumerable<ProcedureRecord> records);
}
