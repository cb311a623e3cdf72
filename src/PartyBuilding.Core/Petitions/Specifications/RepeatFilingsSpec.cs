using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Petitions.Specifications;

/// <summary>
/// Petitions received in a window whose matter was filed before within the same window: every matter filed two or more
/// times in it appears (once per repeat). Ordered by matter key (ordinally; unknown keys first), then receipt, then id.
/// </summary>
/// <remarks>Reads <see cref="PetitionSummary.PreviousFilingOn"/>, which the host fills in, so that the question needs no grouping and translates to SQL.</remarks>
public sealed class RepeatFilingsSpec : OrdinalSpecification<PetitionSummary>
{
    /// <summary>Creates the specification for the window from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <exception cref="InvalidInputException"><paramref name="to"/> is before <paramref name="from"/> (<c>PET.WINDOW_OUT_OF_ORDER</c>).</exception>
    public RepeatFilingsSpec(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new InvalidInputException([Failures.Of(nameof(to), PetitionErrorCodes.WindowOutOfOrder, to, to, from)], nameof(to));
        }

        Query.Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to && p.PreviousFilingOn != null && p.PreviousFilingOn >= from)
            .OrderByDescending(p => p.MatterKey == null)
            .ThenBy(p => p.MatterKey)
            .ThenBy(p => p.ReceivedOn)
            .ThenBy(p => p.Id);
    }
}
