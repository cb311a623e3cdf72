using NodaTime;

namespace PartyBuilding.Core;

/// <summary>
/// Date arithmetic that stops at the ends of the ISO calendar instead of overflowing, so that any valid policy
/// figure on any date gives a deadline or a window (one beyond the calendar's end never passes).
/// </summary>
internal static class CalendarEnds
{
    /// <summary><paramref name="date"/> less <paramref name="days"/> (not negative), or the first representable date.</summary>
    public static LocalDate MinusDays(LocalDate date, long days) =>
        days <= Period.DaysBetween(LocalDate.MinIsoValue, date) ? date.PlusDays((int)-days) : LocalDate.MinIsoValue;

    /// <summary><paramref name="date"/> plus <paramref name="months"/> (not negative) calendar months, or the last representable date.</summary>
    public static LocalDate PlusMonths(LocalDate date, long months) =>
        months <= ((long)(LocalDate.MaxIsoValue.Year - date.Year) * 12) + (12 - date.Month) ? date.PlusMonths((int)months) : LocalDate.MaxIsoValue;

    /// <summary>The last day of <paramref name="year"/>, or the last representable date for a year beyond the calendar.</summary>
    public static LocalDate YearEnd(int year) => year >= LocalDate.MaxIsoValue.Year ? LocalDate.MaxIsoValue : new LocalDate(year, 12, 31);

    /// <summary><paramref name="start"/> plus <paramref name="days"/> (not negative), or the last representable date.</summary>
    public static LocalDate PlusDays(LocalDate start, long days) =>
        days <= Period.DaysBetween(start, LocalDate.MaxIsoValue) ? start.PlusDays((int)days) : LocalDate.MaxIsoValue;

    /// <summary><paramref name="date"/> minus <paramref name="months"/> (not negative) calendar months, or the first representable date.</summary>
    public static LocalDate MinusMonths(LocalDate date, int months) =>
        months <= ((long)(date.Year - LocalDate.MinIsoValue.Year) * 12) + date.Month - 1 ? date.PlusMonths(-months) : LocalDate.MinIsoValue;

    /// <summary><paramref name="date"/> minus <paramref name="period"/> (a date period with no part negative), or the first representable date.</summary>
    public static LocalDate Minus(LocalDate date, Period period)
    {
        try
        {
            return date - period;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return LocalDate.MinIsoValue; // NodaTime throws either, by the part that runs past the calendar's start
        }
    }
}
