using FluentValidation;

namespace PartyBuilding.Core.Members.Validation;

/// <summary>
/// Refuses a dues policy whose bracket tables are empty, out of order or with falling rates, whose sums are not
/// positive whole fen, whose rounding is undefined, or whose intervals are not between 1 and <see cref="DuesPolicy.MaxMonths"/>.
/// </summary>
public sealed class DuesPolicyValidator : AbstractValidator<DuesPolicy>
{
    /// <summary>Creates the validator.</summary>
    public DuesPolicyValidator()
    {
        RuleFor(p => p.EmployedBrackets).Custom(CheckBrackets);
        RuleFor(p => p.RetiredBrackets).Custom(CheckBrackets);
        foreach (var sum in new System.Linq.Expressions.Expression<Func<DuesPolicy, decimal>>[]
                 { p => p.FarmerMonthlySum, p => p.StudentMonthlySum, p => p.UnemployedMonthlySum, p => p.MinimumLivingAllowanceMonthlySum })
        {
            RuleFor(sum).GreaterThan(0).WithCode(MembersErrorCodes.PolicyNotPositive)
                .Must(DuesBasisValidator.IsInFen).WithCode(MembersErrorCodes.NotInFen);
        }

        RuleFor(p => p.Rounding).IsInEnum().WithCode(MembersErrorCodes.PolicyRoundingUndefined);
        RuleFor(p => p.BackPaymentMonths).GreaterThan(0).WithCode(MembersErrorCodes.PolicyNotPositive)
            .LessThanOrEqualTo(DuesPolicy.MaxMonths).WithCode(MembersErrorCodes.PolicyTooLarge);
        RuleFor(p => p.ReviewAfterUnpaidMonths).GreaterThan(0).WithCode(MembersErrorCodes.PolicyNotPositive)
            .LessThanOrEqualTo(DuesPolicy.MaxMonths).WithCode(MembersErrorCodes.PolicyTooLarge);
    }

    private static void CheckBrackets(IReadOnlyList<DuesBracket>? brackets, ValidationContext<DuesPolicy> context)
    {
        var name = context.PropertyPath;
        if (brackets is null || brackets.Count == 0)
        {
            context.AddFailure(Failures.Of(name, MembersErrorCodes.PolicyBracketsEmpty, brackets));
            return;
        }

        DuesBracket? below = null;
        for (var i = 0; i < brackets.Count; i++)
        {
            var row = $"{name}[{i}]";
            if (brackets[i] is not { } bracket)
            {
                context.AddFailure(Failures.Of(row, CommonErrorCodes.Required, null));
                continue;
            }

            var last = i == brackets.Count - 1;
            var bounded = bracket.UpTo is { } upTo && upTo > 0 && (below?.UpTo is not { } lower || upTo > lower);
            if (last ? bracket.UpTo is not null : !bounded)
            {
                context.AddFailure(Failures.Of(row + ".UpTo", MembersErrorCodes.PolicyBracketsOutOfOrder, bracket.UpTo, i));
            }
            else if (bracket.UpTo is { } bound && !DuesBasisValidator.IsInFen(bound))
            {
                context.AddFailure(Failures.Of(row + ".UpTo", MembersErrorCodes.PolicyBoundNotInFen, bound, bound));
            }

            if (bracket.Rate is <= 0 or > 1)
            {
                context.AddFailure(Failures.Of(row + ".Rate", MembersErrorCodes.PolicyRateOutOfRange, bracket.Rate, bracket.Rate));
            }
            else if (below is not null && bracket.Rate < below.Rate)
            {
                context.AddFailure(Failures.Of(row + ".Rate", MembersErrorCodes.PolicyRatesFalling, bracket.Rate, bracket.Rate, below.Rate));
            }

            below = bracket;
        }
    }
}
