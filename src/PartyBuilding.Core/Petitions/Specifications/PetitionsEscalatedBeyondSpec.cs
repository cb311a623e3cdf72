using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Petitions.Specifications;

/// <summary>
/// Petitions received in a window whose matter went beyond a tier: handled, reviewed or re-reviewed above it
/// (<see cref="PetitionSummary.HighestTier"/>) — "small matters do not leave the village, major matters do not leave the
/// township". Earliest received first, then by id.
/// </summary>
public sealed class PetitionsEscalatedBeyondSpec : OrdinalSpecification<PetitionSummary>
{
    /// <summary>Creates the specification for <paramref name="tier"/> and the window from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <exception cref="InvalidInputException"><paramref name="to"/> is before <paramref name="from"/> (<c>PET.WINDOW_OUT_OF_ORDER</c>), or the tier is undefined (<c>PET.ENUM_UNDEFINED</c>).</exception>
    public PetitionsEscalatedBeyondSpec(PetitionTier tier, LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new InvalidInputException([Failures.Of(nameof(to), PetitionErrorCodes.WindowOutOfOrder, to, to, from)], nameof(to));
        }

        if (!Enum.IsDefined(tier))
        {
            throw new InvalidInputException([Failures.Of(nameof(tier), PetitionErrorCodes.EnumUndefined, tier)], nameof(tier));
        }

        Query.Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to && p.HighestTier > tier)
            .OrderBy(p => p.ReceivedOn)
            .ThenBy(p => p.Id);
    }
}
