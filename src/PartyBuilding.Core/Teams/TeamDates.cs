using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>Month and year arithmetic for the teams rules that stops at the calendar's end instead of overflowing.</summary>
internal static class TeamDates
{
    /// <summary><paramref name="date"/> plus <paramref name="months"/> (not negative) calendar months, or the last representable date.</summary>
    public static LocalDate PlusMonths(LocalDate date, long months) =>
        months <= ((long)(LocalDate.MaxIsoValue.Year - date.Year) * 12) + (12 - date.Month) ? date.PlusMonths((int)months) : LocalDate.MaxIsoValue;

    /// <summary>The last day of <paramref name="year"/>, or the last representable date beyond the calendar.</summary>
    public static LocalDate YearEnd(int year) => year >= LocalDate.MaxIsoValue.Year ? LocalDate.MaxIsoValue : new LocalDate(year, 12, 31);
}
