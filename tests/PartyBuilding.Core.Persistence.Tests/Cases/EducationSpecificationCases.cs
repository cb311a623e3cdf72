using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Education.Specifications;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the education specifications.</summary>
public sealed class EducationSpecificationCases : ISpecificationCases
{
    private static readonly string[] Ids =
        [.. Enumerable.Range(0, 20).Select(i => $"org-{i:00}"), "A", "a", "B", "b", "Z", "é", "村1", "村2", "_", "0"];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<OrganizationsMissingActivitySpec, ActivityPeriodSummary>(
            "periods starting on and around the last complete month, quarter and year, quarter ends and leap days",
            from date in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Period(date, Gen.Elements(Ids)))
            select new Scenario<ActivityPeriodSummary>(new OrganizationsMissingActivitySpec(date), [.. rows], $"date {date:uuuu-MM-dd}")),

        SpecificationCase.For<OrganizationsMissingActivitySpec, ActivityPeriodSummary>(
            "ordering edges: organization ids in case and accent variants, the calendar's last storable periods",
            from rows in Gen.ListOf(Period(BoundaryDates.Last, OrderingEdges.Text))
            select new Scenario<ActivityPeriodSummary>(new OrganizationsMissingActivitySpec(BoundaryDates.Last), [.. rows], "date 9999-12-31")),

        SpecificationCase.For<MembersBelowTrainingHoursSpec, TrainingHoursSummary>(
            "hours at, below and above the requirement, in the year and the years next to it",
            from year in Gen.Choose(1990, 2040)
            from rows in Gen.ListOf(Training(year, Gen.Elements(Ids)))
            select new Scenario<TrainingHoursSummary>(new MembersBelowTrainingHoursSpec(year), [.. rows], $"year {year}")),

        SpecificationCase.For<MembersBelowTrainingHoursSpec, TrainingHoursSummary>(
            "ordering edges: member ids in case and accent variants, hours at the ends of long, years at the ends of int",
            from year in OrderingEdges.Ints
            from rows in Gen.ListOf(Training(year, OrderingEdges.Text))
            select new Scenario<TrainingHoursSummary>(new MembersBelowTrainingHoursSpec(year), [.. rows], $"year {year}")),
    ];

    public void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ActivityPeriodSummary>().HasKey(s => new { s.Organization, s.Kind, s.Period, s.Start });
        modelBuilder.Entity<TrainingHoursSummary>().HasKey(s => new { s.Member, s.Year });
    }

    /// <summary>A period row whose start is mostly one of the last complete periods' starts on <paramref name="date"/> or a neighbour.</summary>
    private static Gen<ActivityPeriodSummary> Period(LocalDate date, Gen<string> ids)
    {
        var month = date.With(DateAdjusters.StartOfMonth);
        var quarter = month.PlusMonths(-((month.Month - 1) % 3));
        var year = new LocalDate(date.Year, 1, 1);
        LocalDate[] starts =
        [
            month.PlusMonths(-1), month, month.PlusMonths(-2), quarter.PlusMonths(-3), quarter, quarter.PlusMonths(-6),
            year.PlusYears(-1), year, year.PlusYears(-2), month.PlusMonths(-1).PlusDays(1), month.PlusDays(-1),
        ];
        return from id in ids
               from kind in Gen.Elements(Enum.GetValues<ActivityKind>())
               from period in Gen.Elements(Enum.GetValues<SchedulePeriod>())
               from start in Gen.Frequency((5, Gen.Elements(starts.Where(s => s >= BoundaryDates.First).ToArray())), (1, BoundaryDates.Near(date)))
               from end in BoundaryDates.Near(date)
               from held in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
               select new ActivityPeriodSummary { Organization = new OrganizationId(id), Kind = kind, Period = period, Start = start, End = end, Held = held };
    }

    private static Gen<TrainingHoursSummary> Training(int year, Gen<string> ids) =>
        from id in ids
        from y in Gen.Elements(year, year == int.MinValue ? year : year - 1, year == int.MaxValue ? year : year + 1)
        from role in Gen.Elements(Enum.GetValues<TrainingRole>())
        from required in Gen.Elements(0, 32, 56, 8784, int.MaxValue)
        from hours in Gen.Elements(required - 1L, required, required + 1L, 0L, long.MinValue, long.MaxValue)
        select new TrainingHoursSummary { Member = new MemberId(id), Year = y, Role = role, Hours = hours, Required = required };
}
