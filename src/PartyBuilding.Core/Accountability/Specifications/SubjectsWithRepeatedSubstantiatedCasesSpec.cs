using Ardalis.Specification;
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
/// In memory (<see cref="Evaluate"/>) subject keys are compared ordinally, as a database with a binary
/// collation compares them, not by the current culture's rules (under which <c>"a"</c> sorts before
/// <c>"Z"</c>); the two orders agree on keys within the Basic Multilingual Plane below U+E000.
/// </remarks>
public sealed class SubjectsWithRepeatedSubstantiatedCasesSpec : Specification<AccountabilityCaseSummary>
{
    /// <summary>The items satisfying the specification, in its order, with text keys compared ordinally.</summary>
    /// <param name="entities">The stored items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<AccountabilityCaseSummary> Evaluate(IEnumerable<AccountabilityCaseSummary> entities) => OrdinalOrder.Evaluate(this, entities);

    /// <summary>Creates the specification for the window from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public SubjectsWithRepeatedSubstantiatedCasesSpec(LocalDate from, LocalDate to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        Query.Where(c =>
                c.Outcome == FindingOutcome.Substantiated
                && c.ConcludedOn != null && c.ConcludedOn >= from && c.ConcludedOn <= to
                && c.PreviousSubstantiatedOn != null && c.PreviousSubstantiatedOn >= from)
            .OrderBy(c => c.SubjectKey)
            .ThenBy(c => c.ConcludedOn)
            .ThenBy(c => c.Id);
    }


    /// <summary>The window of <paramref name="lookBackMonths"/> calendar months ending on <paramref name="asOf"/> (inclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lookBackMonths"/> is not positive.</exception>
    public static SubjectsWithRepeatedSubstantiatedCasesSpec Within(LocalDate asOf, int lookBackMonths)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lookBackMonths);
        return new SubjectsWithRepeatedSubstantiatedCasesSpec(CalendarEnds.MinusMonths(asOf, lookBackMonths), asOf);
    }
}
