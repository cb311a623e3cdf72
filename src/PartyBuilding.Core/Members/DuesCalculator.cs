using NodaTime;
using PartyBuilding.Core.Members.Validation;

namespace PartyBuilding.Core.Members;

/// <summary>
/// Works out monthly dues from a <see cref="PolicySet{TPolicy}"/> of <see cref="DuesPolicy"/> (中组发〔2008〕3号):
/// the employed and the retired pay their bracket's rate of the whole income, rounded to the fen; the other
/// categories pay a fixed sum.
/// </summary>
/// <remarks>
/// Because the rate applies to the whole income, not to the part above a bound, the monthly sum jumps at a
/// bracket edge (¥3,000.00 pays ¥15.00, ¥3,000.01 pays ¥30.00): that is the regulation, not an error. Within a
/// category the dues never fall as income rises, since a valid policy's rates never fall. Pure and thread-safe.
/// </remarks>
public sealed class DuesCalculator : IDuesCalculator
{
    private static readonly DuesBasisValidator BasisValidator = new();
    private readonly PolicySet<DuesPolicy> policies;

    /// <summary>Creates the calculator with the defaults, as a set of one version.</summary>
    public DuesCalculator()
        : this(DuesPolicy.Default)
    {
    }

    /// <summary>Creates the calculator with one policy, in force on every date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent; every failure is listed.</exception>
    public DuesCalculator(DuesPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates the calculator with policy versions.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent; every failure of every version is listed.</exception>
    public DuesCalculator(PolicySet<DuesPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        this.policies = policies.ThrowIfInvalid(new DuesPolicyValidator(), nameof(policies));
    }

    /// <inheritdoc />
    public DuesAssessment Calculate(DuesBasis basis)
    {
        Check(basis);
        return Calculate(basis, policies.Undated());
    }

    /// <inheritdoc />
    public DuesAssessment Calculate(DuesBasis basis, YearMonth month)
    {
        Check(basis);
        return Calculate(basis, policies.InForceOn(month.OnDayOfMonth(1)));
    }

    private static void Check(DuesBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (!DuesBasisValidator.IsValid(basis))
        {
            BasisValidator.ThrowIfInvalid(basis, nameof(basis));
        }
    }

    private static DuesAssessment Calculate(DuesBasis basis, PolicyVersion<DuesPolicy> version)
    {
        var policy = version.Policy;
        var category = MembersNames.Of(basis.Category);
        if (policy.FixedSumOf(basis.Category) is { } sum)
        {
            return new DuesAssessment(basis, sum, null, sum, version.Label, [Reason.Of(MembersReasonCodes.DuesFixedSum, category, sum)]);
        }

        var income = basis.MonthlyIncomeAfterTax;
        var brackets = policy.BracketsOf(basis.Category);
        var lower = 0m;
        foreach (var bracket in brackets)
        {
            if (bracket.UpTo is { } upTo && income > upTo)
            {
                lower = upTo;
                continue;
            }

            // The rate applies to the whole income (中组发〔2008〕3号), so a bracket edge makes the sum jump.
            var amount = decimal.Round(income * bracket.Rate, 2, policy.Rounding);
            var reason = bracket.UpTo is { } bound
                ? Reason.Of(MembersReasonCodes.DuesBracket, category, income, bound, bracket.Rate * 100, amount)
                : Reason.Of(MembersReasonCodes.DuesTopBracket, category, income, lower, bracket.Rate * 100, amount);
            return new DuesAssessment(basis, amount, bracket.Rate, null, version.Label, [reason]);
        }

        throw new InvalidOperationException("A valid bracket table ends with an unbounded bracket.");
    }
}
