using System.Numerics;
using FluentValidation;

namespace PartyBuilding.Core.Evaluation.Validation;

/// <summary>
/// Checks a round: an id; at least one candidate, none missing or repeated; at least one rater group,
/// each with a unique name, a positive weight and at least one voter; weights summing exactly to 1; no
/// voter missing, repeated in a group or listed in two groups; a policy version label; the round
/// closing on or after the day it opens; and a size for which composite shares stay exact in 64 bits and
/// the eligible voters of all groups fit in an <see cref="int"/>. A group without a voter list (entered as
/// counts) needs an eligible number of at least one.
/// </summary>
/// <remarks>
/// <see cref="EvaluationRound"/>'s constructor runs this validator, so every round that exists has
/// passed it; it is public so that hosts can list its codes and reuse it.
/// </remarks>
public sealed class EvaluationRoundValidator : AbstractValidator<EvaluationRound>
{
    /// <summary>Creates the validator.</summary>
    public EvaluationRoundValidator()
    {
        RuleFor(r => r.Id.IsDefault).Equal(false).WithCode(EvaluationErrorCodes.RoundIdMissing);
        RuleFor(r => r.PolicyVersion).NotEmpty().WithCode(EvaluationErrorCodes.PolicyVersionEmpty);
        RuleFor(r => r).Custom(CheckCandidates);
        RuleFor(r => r).Custom(CheckGroups);
        RuleFor(r => r).Custom((r, context) =>
        {
            if (r.ClosesOn < r.OpensOn)
            {
                context.AddFailure(Failures.Of(nameof(EvaluationRound.ClosesOn), EvaluationErrorCodes.DatesOutOfOrder, r.ClosesOn, r.ClosesOn, r.OpensOn));
            }
        });
    }

    private static void CheckCandidates(EvaluationRound round, ValidationContext<EvaluationRound> context)
    {
        if (round.Candidates.Count == 0)
        {
            context.AddFailure(Failures.Of(nameof(EvaluationRound.Candidates), EvaluationErrorCodes.CandidatesEmpty, null));
        }

        var seen = new HashSet<CadreId>();
        for (var i = 0; i < round.Candidates.Count; i++)
        {
            var candidate = round.Candidates[i];
            var property = $"{nameof(EvaluationRound.Candidates)}[{i}]";
            if (candidate.IsDefault)
            {
                context.AddFailure(Failures.Of(property, EvaluationErrorCodes.CandidateIdMissing, null));
            }
            else if (!seen.Add(candidate))
            {
                context.AddFailure(Failures.Of(property, EvaluationErrorCodes.CandidateDuplicate, candidate.Value, candidate.Value));
            }
        }
    }

    private static void CheckGroups(EvaluationRound round, ValidationContext<EvaluationRound> context)
    {
        if (round.Groups.Count == 0)
        {
            context.AddFailure(Failures.Of(nameof(EvaluationRound.Groups), EvaluationErrorCodes.GroupsEmpty, null));
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var voterGroups = new Dictionary<VoterId, string>();
        BigInteger weightNumerator = 0, weightDenominator = 1, commonDenominator = 1, product = 1, eligible = 0;
        var weightsComplete = true;
        for (var g = 0; g < round.Groups.Count; g++)
        {
            var group = round.Groups[g];
            var property = $"{nameof(EvaluationRound.Groups)}[{g}]";
            if (group is null)
            {
                context.AddFailure(Failures.Of(property, EvaluationErrorCodes.GroupMissing, null));
                weightsComplete = false;
                continue;
            }

            if (string.IsNullOrWhiteSpace(group.Name))
            {
                context.AddFailure(Failures.Of(property + ".Name", EvaluationErrorCodes.GroupNameEmpty, group.Name));
            }
            else if (!names.Add(group.Name))
            {
                context.AddFailure(Failures.Of(property + ".Name", EvaluationErrorCodes.GroupDuplicate, group.Name, group.Name));
            }

            if (group.Weight == Ratio.Zero)
            {
                context.AddFailure(Failures.Of(property + ".Weight", EvaluationErrorCodes.WeightNotPositive, group.Weight, group.Name));
            }

            weightNumerator = (weightNumerator * group.Weight.Denominator) + (group.Weight.Numerator * weightDenominator);
            weightDenominator *= group.Weight.Denominator;
            commonDenominator = commonDenominator / BigInteger.GreatestCommonDivisor(commonDenominator, group.Weight.Denominator) * group.Weight.Denominator;
            product *= Math.Max(1, group.EligibleCount);
            eligible += Math.Max(0, group.EligibleCount);

            if (group.EligibleCount <= 0)
            {
                context.AddFailure(Failures.Of(property + (group.HasVoterList ? ".Voters" : ".EligibleCount"), EvaluationErrorCodes.GroupWithoutVoters, group.EligibleCount, group.Name));
            }

            var inGroup = new HashSet<VoterId>();
            for (var v = 0; v < group.Voters.Count; v++)
            {
                var voter = group.Voters[v];
                var voterProperty = $"{property}.Voters[{v}]";
                if (voter.IsDefault)
                {
                    context.AddFailure(Failures.Of(voterProperty, EvaluationErrorCodes.VoterIdMissing, null, group.Name));
                }
                else if (!inGroup.Add(voter))
                {
                    context.AddFailure(Failures.Of(voterProperty, EvaluationErrorCodes.VoterDuplicate, voter.Value, voter.Value, group.Name));
                }
                else if (!voterGroups.TryAdd(voter, group.Name))
                {
                    context.AddFailure(Failures.Of(voterProperty, EvaluationErrorCodes.VoterInTwoGroups, voter.Value, voter.Value, voterGroups[voter], group.Name));
                }
            }
        }

        if (weightsComplete && weightNumerator != weightDenominator)
        {
            var divisor = BigInteger.GreatestCommonDivisor(weightNumerator, weightDenominator);
            var sum = $"{weightNumerator / divisor}/{weightDenominator / divisor}";
            context.AddFailure(Failures.Of(nameof(EvaluationRound.Groups), EvaluationErrorCodes.WeightsNotOne, sum, sum));
        }

        if (product * commonDenominator > long.MaxValue || eligible > int.MaxValue)
        {
            context.AddFailure(Failures.Of(nameof(EvaluationRound.Groups), EvaluationErrorCodes.RoundTooLarge, null));
        }
    }
}
