using NodaTime;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Education;

/// <summary>The township's organizations as schedule profiles, and a shortcut for activity records.</summary>
internal static class EducationFixtures
{
    public static readonly ScheduleComplianceAssessor Assessor = new(EducationPolicy.Default);

    public static readonly TrainingHoursAssessor Training = new(EducationPolicy.Default);

    public static readonly ScheduleProfile Township = new(new OrganizationId("T"), OrganizationKind.Township, true, false);

    public static readonly ScheduleProfile Village = new(new OrganizationId("V1"), OrganizationKind.Village, true, true);

    /// <summary>A branch of a secretary alone: no committee, no groups.</summary>
    public static readonly ScheduleProfile SmallBranch = new(new OrganizationId("E4"), OrganizationKind.Enterprise, false, false);

    public static readonly ScheduleProfile Migrant = new(new OrganizationId("M3"), OrganizationKind.Migrant, true, false);

    public static ActivityRecord Held(ScheduleProfile profile, ActivityKind kind, LocalDate on, int due = 10, int present = 8) =>
        new(profile.Organization, kind, on, due, present, 2m);

    public static DateInterval Between(LocalDate start, LocalDate end) => new(start, end);

    /// <summary>Every activity the profile owes, held once in every month of <paramref name="year"/> (so every period is met).</summary>
    public static List<ActivityRecord> EveryMonth(ScheduleProfile profile, int year) =>
    [
        .. from row in EducationPolicy.Default.Schedule
           where row.OrganizationKinds.Count == 0 || row.OrganizationKinds.Contains(profile.Kind)
           from month in Enumerable.Range(1, 12)
           select Held(profile, row.Kind, new LocalDate(year, month, 15)),
    ];

    public static string[] Codes(IEnumerable<Reason> reasons) => [.. reasons.Select(r => r.Code)];
}
