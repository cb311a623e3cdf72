using Ardalis.Specification;
using FluentValidation;
using NodaTime;

namespace PartyBuilding.Core.Accountability.Specifications;

/// <summary>
/// Substantiated cases concluded within a window whose subject had another substantiated case concluded
/// within the same window: every subject with two or more substantiated cases in the window appears
/// (once per repeat). Ordered by subject key (ordinally, as ids are), then finding date, then id; take the
/// distinct <see cref="AccountabilityCaseSummary.SubjectKey"/> values for the subjects.
/// </summary>
/// <remarks>
/// Reads <see cref="AccountabilityCaseSummary.PreviousSubstantiatedOn"/>, which the host fills in when it
/// stores a substantiated case, so that the question needs no grouping and translates to SQL.
/// In memory (<see cref="OrdinalSpecification{T}.Evaluate"/>) subject keys are compared ordinally, as a database with a binary
/// collation compares them, not by the current culture's rules (under which <c>"a"</c> sorts before
/// <c>"Z"</c>); the two orders agree on keys within the Basic Multilingual Plane below U+E000.
/// </remarks>
public sealed class SubjectsWithRepeatedSubstantiatedCasesSpec : OrdinalSpecification<AccountabilityCaseSummary>
{
    // The rule AccountabilityPolicyValidator applies to AccountabilityPolicy.LookBackMonths, for a look-back given on its own.
    private static readonly InlineValidator<int> LookBackChecks = new()
    {
        v => v.RuleFor(months => months).GreaterThan(0).WithCode(AccountabilityErrorCodes.PolicyNotPositive).OverridePropertyName("lookBackMonths"),
    };

    /// <summary>Creates the specification for the window from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <exception cref="InvalidInputException"><paramref name="to"/> is before <paramref name="from"/> (code <c>ACC.WINDOW_OUT_OF_ORDER</c>).</exception>
    public SubjectsWithRepeatedSubstantiatedCasesSpec(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new InvalidInputException([Failures.Of(nameof(to), AccountabilityErrorCodes.WindowOutOfOrder, to, to, from)], nameof(to));
        }

        Query.Where(c =>
                c.Outcome == FindingOutcome.Substantiated
                && c.ConcludedOn != null && c.ConcludedOn >= from && c.ConcludedOn <= to
                && c.PreviousSubstantiatedOn != null && c.PreviousSubstantiatedOn >= from)
            .OrderBy(c => c.SubjectKey)
            .ThenBy(c => c.ConcludedOn)
            .ThenBy(c => c.Id);
    }

    /// <summary>The window of <paramref name="lookBackMonths"/> calendar months ending on <paramref name="asOf"/> (inclusive).</summary>
    /// <exception cref="InvalidInputException">
    /// <paramref name="lookBackMonths"/> is not positive (code <c>ACC.POLICY_NOT_POSITIVE</c>, the policy's own rule for its look-back).
    /// </exception>
    public static SubjectsWithRepeatedSubstantiatedCasesSpec Within(LocalDate asOf, int lookBackMonths)
    {
        LookBackChecks.ThrowIfInvalid(lookBackMonths, nameof(lookBackMonths));
        return new SubjectsWithRepeatedSubstantiatedCasesSpec(CalendarEnds.MinusMonths(asOf, lookBackMonths), asOf);
    }
}
