using NodaTime;

namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// The calendar arithmetic of contact intervals, shared by the assessor and the specifications so
/// that both give the same answer: an interval of N months is exceeded on <c>asOf</c> when the last
/// relevant date is before <c>asOf − N months</c> (NodaTime <see cref="Period"/> arithmetic).
/// </summary>
internal static class ContactCutoff
{
    /// <summary>The earliest date that still counts as within <paramref name="months"/> of <paramref name="asOf"/>.</summary>
    public static LocalDate Of(LocalDate asOf, int months)
    {
        try
        {
            return asOf.Minus(Period.FromMonths(months));
        }
        catch (ArgumentOutOfRangeException)
        {
            // Before the earliest representable date nothing can lie, so nothing is ever exceeded.
            return LocalDate.MinIsoValue;
        }
        catch (OverflowException)
        {
            return LocalDate.MinIsoValue;
        }
    }
}
