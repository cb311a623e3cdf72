using FluentValidation;

namespace PartyBuilding.Core.Evaluation.Validation;

/// <summary>
/// Checks a tellers' count sheet against its round, listing every failure: each group once
/// (<c>EVAL.SHEET_GROUP_DUPLICATE</c>) and one of the round's (<c>EVAL.SHEET_GROUP_UNKNOWN</c>), with the
/// round's eligible number (<c>EVAL.SHEET_ELIGIBLE_MISMATCH</c>); no negative count
/// (<c>EVAL.COUNT_NEGATIVE</c>); invalid ≤ cast (<c>EVAL.SHEET_INVALID_EXCEEDS_CAST</c>) and cast ≤
/// eligible (<c>EVAL.CAST_EXCEEDS_ELIGIBLE</c>); a line for every candidate, once
/// (<c>EVAL.SHEET_CANDIDATE_MISSING</c>, <c>EVAL.SHEET_CANDIDATE_UNKNOWN</c>,
/// <c>EVAL.SHEET_CANDIDATE_DUPLICATE</c>); and per candidate the four ratings plus abstentions equal to
/// cast − invalid (<c>EVAL.SHEET_COUNTS_DO_NOT_ADD_UP</c>). A null list, group or line is <c>COMMON.REQUIRED</c>.
/// </summary>
/// <remarks>The tally runs this validator on every sheet it is given; it is public so that a host can check a sheet as it is entered.</remarks>
public sealed class CountSheetValidator : AbstractValidator<CountSheet>
{
    /// <summary>Creates the validator for sheets of <paramref name="round"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public CountSheetValidator(EvaluationRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        RuleFor(s => s).Custom((sheet, context) =>
        {
            if (sheet.Groups is null)
            {
                context.AddFailure(Failures.Of(nameof(CountSheet.Groups), CommonErrorCodes.Required, null));
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var g = 0; g < sheet.Groups.Count; g++)
            {
                var property = $"{nameof(CountSheet.Groups)}[{g}]";
                var group = sheet.Groups[g];
                if (group is null)
                {
                    context.AddFailure(Failures.Of(property, CommonErrorCodes.Required, null));
                    continue;
                }

                if (!round.TryGetGroupIndex(group.Group, out var index))
                {
                    context.AddFailure(Failures.Of(property + ".Group", EvaluationErrorCodes.SheetGroupUnknown, group.Group, group.Group, round.Id));
                    continue;
                }

                if (!seen.Add(group.Group))
                {
                    context.AddFailure(Failures.Of(property + ".Group", EvaluationErrorCodes.SheetGroupDuplicate, group.Group, group.Group));
                    continue;
                }

                CheckGroup(round, round.Groups[index], group, property, context);
            }
        });
    }

    private static void CheckGroup(EvaluationRound round, RaterGroup rater, GroupCount group, string property, ValidationContext<CountSheet> context)
    {
        if (group.Eligible != rater.EligibleCount)
        {
            context.AddFailure(Failures.Of(property + ".Eligible", EvaluationErrorCodes.SheetEligibleMismatch, group.Eligible, group.Group, group.Eligible, rater.EligibleCount));
        }

        // A sheet whose valid number is itself wrong is not checked line by line against it.
        var negative = Negative(property, [("Cast", group.Cast), ("Invalid", group.Invalid)], context);
        if (!negative && group.Invalid > group.Cast)
        {
            context.AddFailure(Failures.Of(property + ".Invalid", EvaluationErrorCodes.SheetInvalidExceedsCast, group.Invalid, group.Group, group.Invalid, group.Cast));
            negative = true;
        }

        if (group.Cast > rater.EligibleCount)
        {
            context.AddFailure(Failures.Of(property + ".Cast", EvaluationErrorCodes.CastExceedsEligible, group.Cast, group.Group, group.Cast, rater.EligibleCount));
        }

        if (group.Candidates is null)
        {
            context.AddFailure(Failures.Of(property + ".Candidates", CommonErrorCodes.Required, null));
            return;
        }

        var lines = new HashSet<CadreId>();
        for (var c = 0; c < group.Candidates.Count; c++)
        {
            var lineProperty = $"{property}.Candidates[{c}]";
            var line = group.Candidates[c];
            if (line is null)
            {
                context.AddFailure(Failures.Of(lineProperty, CommonErrorCodes.Required, null));
                continue;
            }

            if (!round.IsCandidate(line.Candidate))
            {
                context.AddFailure(Failures.Of(lineProperty + ".Candidate", EvaluationErrorCodes.SheetCandidateUnknown, line.Candidate.Value, line.Candidate.Value, group.Group));
                continue;
            }

            if (!lines.Add(line.Candidate))
            {
                context.AddFailure(Failures.Of(lineProperty + ".Candidate", EvaluationErrorCodes.SheetCandidateDuplicate, line.Candidate.Value, line.Candidate.Value, group.Group));
                continue;
            }

            var lineNegative = Negative(
                lineProperty,
                [("Excellent", line.Excellent), ("Competent", line.Competent), ("BasicallyCompetent", line.BasicallyCompetent), ("Incompetent", line.Incompetent), ("Abstaining", line.Abstaining)],
                context);
            var sum = (long)line.Excellent + line.Competent + line.BasicallyCompetent + line.Incompetent + line.Abstaining;
            if (!negative && !lineNegative && sum != (long)group.Cast - group.Invalid)
            {
                context.AddFailure(Failures.Of(lineProperty, EvaluationErrorCodes.SheetCountsDoNotAddUp, sum, line.Candidate.Value, group.Group, sum, (long)group.Cast - group.Invalid));
            }
        }

        foreach (var candidate in round.Candidates)
        {
            if (!lines.Contains(candidate))
            {
                context.AddFailure(Failures.Of(property + ".Candidates", EvaluationErrorCodes.SheetCandidateMissing, candidate.Value, candidate.Value, group.Group));
            }
        }
    }

    private static bool Negative(string property, ReadOnlySpan<(string Name, int Count)> counts, ValidationContext<CountSheet> context)
    {
        var any = false;
        foreach (var (name, count) in counts)
        {
            if (count < 0)
            {
                context.AddFailure(Failures.Of(property + "." + name, EvaluationErrorCodes.CountNegative, count, name, count));
                any = true;
            }
        }

        return any;
    }
}
