using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Education: judge a village branch's schedule (committee and party groups: seven owed activities) over ten
/// calendar years from 1,000,000 activity records, against a hand-written loop (the baseline) that checks every
/// record with the same predicates, counts it into its month, quarter or year by a month number with the default
/// table's attendance written out, and counts the missed periods — no reasons, no result objects.
/// </summary>
[MemoryDiagnoser]
public class EducationBenchmarks
{
    private const int Records = 1_000_000;

    private static readonly ScheduleProfile Branch = new(new OrganizationId("V1"), OrganizationKind.Village, true, true);

    private static readonly DateInterval TenYears = new(new LocalDate(2016, 1, 1), new LocalDate(2025, 12, 31));

    private static readonly ActivityKind[] Owed =
    [
        ActivityKind.MembersMeeting, ActivityKind.BranchCommitteeMeeting, ActivityKind.PartyGroupMeeting, ActivityKind.PartyLecture,
        ActivityKind.ThemedPartyDay, ActivityKind.OrganizationalLifeMeeting, ActivityKind.MemberAppraisal,
    ];

    private readonly ScheduleComplianceAssessor assessor = new(EducationPolicy.Default);
    private ActivityRecord[] records = [];

    [GlobalSetup]
    public void Setup()
    {
        records = [.. Generate(Records)];
        if (Library() != HandWritten())
        {
            throw new InvalidOperationException($"the hand-written loop disagrees with the library: {Library()} against {HandWritten()}");
        }
    }

    /// <summary>Records of the branch (and one in twenty of another organization), dense enough that most periods are held but not all.</summary>
    public static IEnumerable<ActivityRecord> Generate(int count)
    {
        var random = new Random(19);
        var days = Period.DaysBetween(TenYears.Start, TenYears.End) + 1;
        for (var i = 0; i < count; i++)
        {
            var kind = Owed[random.Next(Owed.Length)];
            var due = random.Next(3, 40);
            // Yearly activities are rare, so that some years miss them.
            var on = kind is ActivityKind.OrganizationalLifeMeeting or ActivityKind.MemberAppraisal && random.Next(40_000) != 0
                ? new LocalDate(1990, 1, 1)
                : TenYears.Start.PlusDays(random.Next(days));
            yield return new ActivityRecord(random.Next(20) == 0 ? new OrganizationId("V2") : Branch.Organization, kind, on, due, random.Next(0, due + 1), 2m);
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        // Owed rows of the default table for the branch: period length in months and attendance (more than half for the members' meeting).
        Span<int> months = stackalloc int[10];
        months.Fill(0);
        months[(int)ActivityKind.MembersMeeting] = 3;
        months[(int)ActivityKind.BranchCommitteeMeeting] = 1;
        months[(int)ActivityKind.PartyGroupMeeting] = 1;
        months[(int)ActivityKind.PartyLecture] = 3;
        months[(int)ActivityKind.ThemedPartyDay] = 1;
        months[(int)ActivityKind.OrganizationalLifeMeeting] = 12;
        months[(int)ActivityKind.MemberAppraisal] = 12;
        var first = (TenYears.Start.Year * 12) + TenYears.Start.Month - 1;
        var span = ((TenYears.End.Year * 12) + TenYears.End.Month) - first;
        var held = new bool[10][];
        for (var k = 0; k < 10; k++)
        {
            held[k] = months[k] == 0 ? [] : new bool[span / months[k]];
        }

        foreach (var r in records)
        {
            if (r is null || string.IsNullOrEmpty(r.Organization.Value) || !Enum.IsDefined(r.Kind) || r.MembersDue <= 0
                || r.MembersPresent < 0 || r.MembersPresent > r.MembersDue || r.Hours < 0 || r.Hours > 24)
            {
                throw new ArgumentException("invalid record");
            }

            var length = months[(int)r.Kind];
            if (length == 0 || r.Organization != Branch.Organization)
            {
                continue;
            }

            var p = (((r.HeldOn.Year * 12) + r.HeldOn.Month - 1) - first) / length;
            var month = ((r.HeldOn.Year * 12) + r.HeldOn.Month - 1) - first;
            var meets = r.Kind == ActivityKind.MembersMeeting ? r.MembersPresent * 2L > r.MembersDue : r.MembersPresent > 0;
            if (month >= 0 && p < held[(int)r.Kind].Length && meets)
            {
                held[(int)r.Kind][p] = true;
            }
        }

        var missed = 0;
        foreach (var periods in held)
        {
            foreach (var h in periods)
            {
                missed += h ? 0 : 1;
            }
        }

        return missed;
    }

    [Benchmark]
    public int Library() => assessor.Assess(Branch, TenYears, records).Missed;
}
