using NodaTime;

namespace PartyBuilding.Core.Governance;

/// <summary>The date arithmetic shared by the rules and the specifications, stopping at the calendar's ends.</summary>
internal static class GovernanceDates
{
    /// <summary>The earliest date still within <paramref name="months"/> of <paramref name="asOf"/>: a date before it is overdue.</summary>
    public static LocalDate MonthsBefore(LocalDate asOf, int months) => CalendarEnds.MinusMonths(asOf, months);

    /// <summary><paramref name="date"/> less <paramref name="days"/> (not negative), or the first representable date.</summary>
    public static LocalDate DaysBefore(LocalDate date, int days) =>
        days <= Period.DaysBetween(LocalDate.MinIsoValue, date) ? date.PlusDays(-days) : LocalDate.MinIsoValue;

    /// <summary><paramref name="date"/> plus <paramref name="days"/> (not negative), or the last representable date.</summary>
    public static LocalDate DaysAfter(LocalDate date, int days) => CalendarEnds.PlusDays(date, days);
}
