using Ardalis.Specification;

namespace PartyBuilding.Core.Evaluation.Specifications;

/// <summary>
/// Rounds whose turnout (ballots cast ÷ eligible voters) does not meet the quorum of
/// the policy, compared exactly by cross-multiplication. Latest first, then by id.
/// </summary>
/// <remarks>
/// Use the policy version each round was held under (<see cref="EvaluationRoundSummary.PolicyVersion"/>);
/// <see cref="EvaluationRoundSummary.QuorumMet"/> stores the same answer as decided at the tally.
/// </remarks>
public sealed class RoundsBelowQuorumSpec : OrdinalSpecification<EvaluationRoundSummary>
{
    /// <summary>Creates the specification for <paramref name="policy"/>'s quorum.</summary>
    /// <param name="policy">The policy whose quorum counts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The policy is inconsistent (its validator keeps the quorum's terms within 32 bits, so that the
    /// products below stay exact in 64 bits for any count).
    /// </exception>
    public RoundsBelowQuorumSpec(EvaluationPolicy policy)
    {
        new Validation.EvaluationPolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        var numerator = policy.Quorum.Value.Numerator;
        var denominator = policy.Quorum.Value.Denominator;

        // unchecked: the project compiles with overflow checks, and providers translate Multiply, not MultiplyChecked.
        if (policy.Quorum.Inclusive)
        {
            Query.Where(r => unchecked(r.BallotsCast * denominator) < unchecked(numerator * r.Eligible));
        }
        else
        {
            Query.Where(r => unchecked(r.BallotsCast * denominator) <= unchecked(numerator * r.Eligible));
        }

        Query.OrderByDescending(r => r.ClosesOn).ThenBy(r => r.Id);
    }
}
