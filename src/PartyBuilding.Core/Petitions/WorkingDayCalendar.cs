using NodaTime;

namespace PartyBuilding.Core.Petitions;

/// <summary>
/// The working days a host counts a working-day limit in: Monday to Friday, less its <see cref="Holidays"/>, plus its
/// <see cref="ExtraWorkingDays"/> (weekend days worked in exchange for a holiday, 调休).
/// </summary>
/// <remarks>Immutable: the lists are copied when set and compared by content. <c>PetitionPolicyValidator</c> refuses a day in both lists.</remarks>
public sealed record WorkingDayCalendar
{
    /// <summary>Monday to Friday, no holidays.</summary>
    public static WorkingDayCalendar MondayToFriday { get; } = new();

    /// <summary>Weekdays that are not working days.</summary>
    public IReadOnlyList<LocalDate> Holidays { get; init => field = ValueList<LocalDate>.From(value); } = ValueList<LocalDate>.Of();

    /// <summary>Saturdays and Sundays that are working days.</summary>
    public IReadOnlyList<LocalDate> ExtraWorkingDays { get; init => field = ValueList<LocalDate>.From(value); } = ValueList<LocalDate>.Of();

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday
            ? ExtraWorkingDays.Contains(date)
            : !Holidays.Contains(date);

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/> (the start day is not counted), or the
    /// last representable date when the calendar ends first.
    /// </summary>
    /// <param name="start">The day the limit starts.</param>
    /// <param name="days">Working days; zero or more.</param>
    public LocalDate PlusWorkingDays(LocalDate start, int days)
    {
        var day = start;
        for (var counted = 0; counted < days;)
        {
            if (day == LocalDate.MaxIsoValue)
            {
                return day;
            }

            day = day.PlusDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }
}
