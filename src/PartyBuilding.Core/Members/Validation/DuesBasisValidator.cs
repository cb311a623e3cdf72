using FluentValidation;

namespace PartyBuilding.Core.Members.Validation;

/// <summary>Refuses a dues basis whose category is undefined or whose income is negative or not a whole number of fen.</summary>
public sealed class DuesBasisValidator : AbstractValidator<DuesBasis>
{
    /// <summary>Creates the validator.</summary>
    public DuesBasisValidator()
    {
        RuleFor(b => b.Category).Must(Enum.IsDefined).WithCode(MembersErrorCodes.CategoryUndefined);
        RuleFor(b => b.MonthlyIncomeAfterTax).Must(IsNotNegative).WithCode(MembersErrorCodes.IncomeNegative)
            .Must(IsInFen).WithCode(MembersErrorCodes.NotInFen);
    }

    /// <summary>The validator's own checks as one predicate, for the calculator's path (the validator runs only to list failures).</summary>
    internal static bool IsValid(DuesBasis basis) =>
        Enum.IsDefined(basis.Category) && IsNotNegative(basis.MonthlyIncomeAfterTax) && IsInFen(basis.MonthlyIncomeAfterTax);

    /// <summary>Whether <paramref name="amount"/> is a whole number of fen (two decimal places at most).</summary>
    internal static bool IsInFen(decimal amount) => decimal.Round(amount, 2) == amount;

    private static bool IsNotNegative(decimal amount) => amount >= 0;
}
