using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Education.Specifications;

/// <summary>
/// Required activities missed in the last complete period on a date — the last month, quarter and year that ended
/// before it (a period is complete the day after its last day) — by organization, then kind, then period.
/// Take the distinct <see cref="ActivityPeriodSummary.Organization"/> values for the organizations.
/// </summary>
public sealed class OrganizationsMissingActivitySpec : OrdinalSpecification<ActivityPeriodSummary>
{
    /// <summary>Creates the specification for <paramref name="date"/>.</summary>
    public OrganizationsMissingActivitySpec(LocalDate date)
    {
        // A period that would start before the calendar's first day does not exist: its flag is false.
        var (month, hasMonth) = LastComplete(date, 1);
        var (quarter, hasQuarter) = LastComplete(date, 3);
        var (year, hasYear) = LastComplete(date, 12);
        Query.Where(s => !s.Held
                && ((hasMonth && s.Period == SchedulePeriod.Month && s.Start == month)
                    || (hasQuarter && s.Period == SchedulePeriod.Quarter && s.Start == quarter)
                    || (hasYear && s.Period == SchedulePeriod.Year && s.Start == year)))
            .OrderBy(s => s.Organization)
            .ThenBy(s => s.Kind)
            .ThenBy(s => s.Period);
    }

    /// <summary>The first day of the last complete period of <paramref name="months"/> months on <paramref name="date"/>, and whether the calendar holds it.</summary>
    private static (LocalDate Start, bool Exists) LastComplete(LocalDate date, int months)
    {
        var index = (date.Year * 12) + date.Month - 1;
        var current = index - (((index % months) + months) % months);
        var previous = current - months;
        var year = Math.DivRem(previous, 12, out var rest) - (rest < 0 ? 1 : 0);
        return year < LocalDate.MinIsoValue.Year ? (LocalDate.MinIsoValue, false) : (new LocalDate(year, ((rest + 12) % 12) + 1, 1), true);
    }
}
