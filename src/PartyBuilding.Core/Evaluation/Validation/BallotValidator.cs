using FluentValidation;
using FluentValidation.Results;

namespace PartyBuilding.Core.Evaluation.Validation;

/// <summary>
/// Checks a ballot against its round before it is counted, for hosts that enter paper ballots.
/// Errors (the tally refuses such input): a group the round does not have
/// (<c>EVAL.BALLOT_GROUP_UNKNOWN</c>), null ratings (<c>EVAL.BALLOT_RATINGS_MISSING</c>). Warnings
/// (<see cref="Severity.Warning"/>; the tally accepts the ballot and counts it as <b>invalid</b>): a
/// non-candidate rated (<c>EVAL.BALLOT_RATES_NON_CANDIDATE</c>), a candidate rated twice
/// (<c>EVAL.BALLOT_RATES_TWICE</c>), an undefined rating, negative ones included (<c>EVAL.BALLOT_RATING_UNDEFINED</c>).
/// </summary>
public sealed class BallotValidator : AbstractValidator<Ballot>
{
    /// <summary>Creates the validator for ballots of <paramref name="round"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public BallotValidator(EvaluationRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        RuleFor(b => b).Custom((ballot, context) =>
        {
            if (!round.TryGetGroupIndex(ballot.Group, out _))
            {
                context.AddFailure(Failures.Of(nameof(Ballot.Group), EvaluationErrorCodes.BallotGroupUnknown, ballot.Group, ballot.Group));
            }

            if (ballot.Ratings is null)
            {
                context.AddFailure(Failures.Of(nameof(Ballot.Ratings), EvaluationErrorCodes.BallotRatingsMissing, null));
                return;
            }

            // The same per-line checks the tally makes (HasDefinedRating, IsCandidate), each failure listed.
            var seen = new HashSet<CadreId>();
            for (var i = 0; i < ballot.Ratings.Count; i++)
            {
                var line = ballot.Ratings[i];
                var property = $"{nameof(Ballot.Ratings)}[{i}]";
                if (!line.HasDefinedRating)
                {
                    context.AddFailure(Warning(property, EvaluationErrorCodes.BallotRatingUndefined, line.Rating, (int)line.Rating));
                }

                if (!round.IsCandidate(line.Candidate))
                {
                    context.AddFailure(Warning(property, EvaluationErrorCodes.BallotRatesNonCandidate, line.Candidate.Value, line.Candidate.Value));
                }
                else if (!seen.Add(line.Candidate))
                {
                    context.AddFailure(Warning(property, EvaluationErrorCodes.BallotRatesTwice, line.Candidate.Value, line.Candidate.Value));
                }
            }
        });
    }

    private static ValidationFailure Warning(string property, string code, object? attempted, params object?[] arguments)
    {
        var failure = Failures.Of(property, code, attempted, arguments);
        failure.Severity = Severity.Warning;
        return failure;
    }
}
