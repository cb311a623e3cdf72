using NodaTime;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>The township's study and organizational-life records for 2026 and its members' training in 2025.</summary>
internal sealed record EducationRecord
{
    /// <summary>Organizations divided into party groups (they owe the monthly party group meeting).</summary>
    public List<string> WithPartyGroups { get; init; } = [];

    public List<ActivityRecordData> Activities { get; init; } = [];

    /// <summary>The year the training records are assessed for.</summary>
    public int TrainingYear { get; init; }

    /// <summary>Members assessed as secretaries or committee members (56 hours); everyone else with training records as members (32).</summary>
    public List<string> Secretaries { get; init; } = [];

    public List<TrainingRecordData> Training { get; init; } = [];
}

internal sealed record ActivityRecordData
{
    public required string Organization { get; init; }

    public ActivityKind Kind { get; init; }

    public LocalDate On { get; init; }

    public int Due { get; init; }

    public int Present { get; init; }

    public decimal Hours { get; init; }
}

internal sealed record TrainingRecordData
{
    public required string Member { get; init; }

    public LocalDate On { get; init; }

    public TrainingUnit Unit { get; init; }

    public int Count { get; init; }
}

internal static partial class MazhuTown
{
    /// <summary>
    /// Every owed activity held once a period from January to November 2026, except on purpose: Xishan (V02) skipped
    /// the themed party day in September and October; the Waikou branch (W01) had no study day in October; Mazhu
    /// Ceramics (E03) met in the third quarter with too few members present; the joint branch (J01) held no party lecture
    /// in the second quarter. The township committee studied every month, as the seed has it.
    /// </summary>
    private static EducationRecord Education(IReadOnlyList<OrganizationRecord> organizations)
    {
        string[] withGroups = ["V01", "V03", "V07", "A01"];
        (string Org, ActivityKind Kind, int Month)[] skipped =
        [
            ("V02", ActivityKind.ThemedPartyDay, 9), ("V02", ActivityKind.ThemedPartyDay, 10), ("W01", ActivityKind.MigrantStudyDay, 10),
            ("J01", ActivityKind.PartyLecture, 5),
        ];
        var activities = new List<ActivityRecordData>();
        foreach (var o in organizations)
        {
            var profile = new ScheduleProfile(new PartyBuilding.Core.OrganizationId(o.Id), o.Kind, o.HasBranchCommittee, withGroups.Contains(o.Id));
            foreach (var row in EducationPolicy.Default.Schedule.Where(r => Owes(r, profile)))
            {
                int[] months = row.Period switch { SchedulePeriod.Month => [.. Enumerable.Range(1, 11)], SchedulePeriod.Quarter => [2, 5, 8, 11], _ => [1] };
                foreach (var month in months.Where(m => !skipped.Contains((o.Id, row.Kind, m))))
                {
                    var due = o.Kind == OrganizationKind.Township ? 11 : Math.Max(o.FullMembers, 1);
                    var present = o.Id == "E03" && row.Kind == ActivityKind.MembersMeeting && month == 8 ? due / 2 : due - (due / 5);
                    activities.Add(new ActivityRecordData { Organization = o.Id, Kind = row.Kind, On = new LocalDate(2026, month, 10 + (month % 15)), Due = due, Present = present, Hours = 2m });
                }
            }
        }

        // Training in 2025: the Waikou and Hengli branches' members; each branch's first member is its secretary.
        var training = new List<TrainingRecordData>();
        string[] trained = ["W01", "E01"];
        foreach (var branch in trained)
        {
            var size = organizations.First(o => o.Id == branch);
            for (var i = 1; i <= size.FullMembers + size.ProbationaryMembers; i++)
            {
                var member = $"{branch}-M{i:000}";
                training.Add(new TrainingRecordData { Member = member, On = new LocalDate(2025, 4, 8), Unit = TrainingUnit.Day, Count = i == 1 ? 5 : 3 });
                training.Add(new TrainingRecordData { Member = member, On = new LocalDate(2025, 10, 20), Unit = TrainingUnit.HalfDay, Count = i % 4 == 0 ? 1 : 2 });
                training.Add(new TrainingRecordData { Member = member, On = new LocalDate(2025, 12, 31), Unit = TrainingUnit.ClassHour, Count = i % 5 == 0 ? 1 : 3 });
            }
        }

        return new EducationRecord
        {
            WithPartyGroups = [.. withGroups],
            Activities = activities,
            TrainingYear = 2025,
            Secretaries = [.. trained.Select(b => $"{b}-M001")],
            Training = training,
        };
    }

    /// <summary>Whether the profile owes the row, read from the row's public applicability.</summary>
    public static bool Owes(ActivityRequirement row, ScheduleProfile profile) =>
        (row.OrganizationKinds.Count == 0 || row.OrganizationKinds.Contains(profile.Kind))
        && (!row.OnlyWithCommittee || profile.HasCommittee)
        && (!row.OnlyWithPartyGroups || profile.HasPartyGroups);
}
