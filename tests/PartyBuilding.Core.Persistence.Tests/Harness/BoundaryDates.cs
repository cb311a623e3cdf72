using NodaTime;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>
/// Dates chosen on purpose where date filters go wrong: the cutoff day itself and its neighbours,
/// month ends, 29 February and the days around it, year ends, and the ends of the storable range.
/// </summary>
public static class BoundaryDates
{
    /// <summary>The first date every mapping can store (<see cref="DateOnly.MinValue"/>).</summary>
    public static readonly LocalDate First = new(1, 1, 1);

    /// <summary>The last date every mapping can store (<see cref="DateOnly.MaxValue"/>).</summary>
    public static readonly LocalDate Last = new(9999, 12, 31);

    private static readonly LocalDate[] Special =
    [
        new(2024, 2, 29), new(2024, 2, 28), new(2024, 3, 1), new(2023, 2, 28), new(2023, 3, 1),
        new(2028, 2, 29), new(2000, 2, 29), new(2100, 2, 28), new(2100, 3, 1),
        new(2024, 1, 31), new(2024, 4, 30), new(2024, 12, 31), new(2025, 1, 1), new(2026, 6, 30), new(2026, 7, 1),
        new(1999, 12, 31), new(2000, 1, 1),
    ];

    /// <summary>A random day from 1990 to 2040.</summary>
    public static Gen<LocalDate> Any { get; } =
        Gen.Choose(0, (int)Period.Between(new LocalDate(1990, 1, 1), new LocalDate(2040, 12, 31), PeriodUnits.Days).Days)
            .Select(d => new LocalDate(1990, 1, 1).PlusDays(d));

    /// <summary>A cutoff or as-of date: special days, month ends, or any day.</summary>
    public static Gen<LocalDate> Cutoff { get; } = Gen.Frequency(
        (3, Gen.Elements(Special)),
        (2, Any.Select(MonthEnd)),
        (3, Any));

    /// <summary>A date for a stored row, clustered around <paramref name="anchors"/> (the cutoffs a specification compares with).</summary>
    public static Gen<LocalDate> Near(params LocalDate[] anchors)
    {
        var anchor = Gen.Elements(anchors);
        return Gen.Frequency(
            (4, anchor),
            (4, anchor.SelectMany(a => Gen.Choose(-3, 3).Select(d => Clamp(a, d)))),
            (2, anchor.SelectMany(a => Gen.Elements(MonthEnd(a), MonthEnd(Clamp(a, -31)), MonthEnd(Clamp(a, 31)), FirstOfMonth(a)))),
            (1, anchor.SelectMany(a => Gen.Elements(LeapDaysAround(a)))),
            (2, Any),
            (1, Gen.Elements(First, Last)));
    }

    /// <summary>The last day of the month of <paramref name="date"/>.</summary>
    public static LocalDate MonthEnd(LocalDate date) => date.With(DateAdjusters.EndOfMonth);

    private static LocalDate FirstOfMonth(LocalDate date) => date.With(DateAdjusters.StartOfMonth);

    private static LocalDate Clamp(LocalDate date, int days)
    {
        if (days < 0 && Period.Between(First, date, PeriodUnits.Days).Days < -days)
        {
            return First;
        }

        if (days > 0 && Period.Between(date, Last, PeriodUnits.Days).Days < days)
        {
            return Last;
        }

        return date.PlusDays(days);
    }

    private static LocalDate[] LeapDaysAround(LocalDate date)
    {
        // Any nine consecutive years hold a leap year (the longest gap, across 1900 or 2100, is eight).
        var year = Math.Clamp(date.Year, 2, 9990);
        var leap = Enumerable.Range(year - 1, 9).First(CalendarSystem.Iso.IsLeapYear);
        return [new(leap, 2, 28), new(leap, 2, 29), new(leap, 3, 1), new(leap + 1, 2, 28), new(leap + 1, 3, 1)];
    }
}
