using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Governance;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>
/// Major matters of Mazhu Town and its villages in 2025 and 2026 (三重一大, 四议两公开), and the villages'
/// disclosure and audit obligations. Embedded only: the JSON data file does not carry them.
/// </summary>
internal static partial class MazhuTown
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static ProcedureRecord Meeting(ProcedureRecordKind kind, LocalDate on, int due, int present, int votes, int households = 0, int householdsPresent = 0) =>
        new(kind, on) { Due = due, Present = present, VotesFor = votes, HouseholdsDue = households, HouseholdsPresent = householdsPresent };

    /// <summary>Village steps of a matter resolved on <paramref name="resolved"/>, each kept.</summary>
    private static List<ProcedureRecord> Steps(LocalDate resolved, ProcedureRecord resolution, int members) =>
    [
        Meeting(ProcedureRecordKind.BranchCommitteeMeeting, resolved.PlusDays(-14), 5, 5, 5),
        Meeting(ProcedureRecordKind.JointMeeting, resolved.PlusDays(-11), 9, 8, 8),
        new(ProcedureRecordKind.MembersNotice, resolved.PlusDays(-10)),
        Meeting(ProcedureRecordKind.MembersMeeting, resolved.PlusDays(-6), members, (members * 3) / 4, (members * 2) / 3),
        resolution with { On = resolved },
        new(ProcedureRecordKind.ResolutionDisclosure, resolved.PlusDays(2)) { PostedUntil = resolved.PlusDays(12) },
        new(ProcedureRecordKind.ResultDisclosure, resolved.PlusDays(100)) { PostedUntil = resolved.PlusDays(110) },
    ];

    public static IReadOnlyList<(MajorMatter Matter, IReadOnlyList<ProcedureRecord> Records)> GovernanceProcedures()
    {
        static OrganizationId O(string id) => new(id);
        var representatives = Meeting(ProcedureRecordKind.RepresentativesMeeting, default, 30, 24, 19);
        var villagers = Meeting(ProcedureRecordKind.VillagersMeeting, default, 820, 300, 250, 310, 215);
        var both = new JointSignature(true, true);

        // 2025-12-31 and 2026-01-01: the same kind of matter on each side of the amended village committee law.
        var shanghai = Steps(D(2025, 12, 31), representatives, 40);
        var xiawei = Steps(D(2026, 1, 1), representatives, 38);
        // Hexi: the notice came two days before the members' meeting, and one person signed for both posts alone.
        var hexi = Steps(D(2026, 5, 20), villagers, 52);
        hexi[2] = hexi[2] with { On = D(2026, 5, 12) };
        // Longtan: the representatives' meeting drew 19 of 30, and the result has not been disclosed yet.
        var longtan = Steps(D(2026, 9, 8), Meeting(ProcedureRecordKind.RepresentativesMeeting, default, 30, 19, 15), 44);
        longtan.RemoveAt(6);

        return
        [
            (new MajorMatter(new MatterId("V01-2026-road"), O("V01"), GovernanceLevel.Village, MatterKind.Expenditure, 180_000m) { Signature = both },
                Steps(D(2026, 3, 16), representatives, 46)),
            (new MajorMatter(new MatterId("V05-2025-canal"), O("V05"), GovernanceLevel.Village, MatterKind.MajorProject, 96_000m) { Signature = both }, shanghai),
            (new MajorMatter(new MatterId("V06-2026-lease"), O("V06"), GovernanceLevel.Village, MatterKind.MajorDecision, 60_000m) { Signature = both }, xiawei),
            (new MajorMatter(new MatterId("V07-2026-hall"), O("V07"), GovernanceLevel.Village, MatterKind.Expenditure, 240_000m)
                { Signature = new JointSignature(true, true, PostsHeldByOnePerson: true) }, hexi),
            (new MajorMatter(new MatterId("V09-2026-forest"), O("V09"), GovernanceLevel.Village, MatterKind.MajorDecision, 0m), longtan),
            (new MajorMatter(new MatterId("T-2026-park"), O("T"), GovernanceLevel.Township, MatterKind.MajorProject, 3_500_000m),
                [Meeting(ProcedureRecordKind.OfficeMeeting, D(2026, 4, 2), 5, 5, 5) with { HeldInVillage = true }, Meeting(ProcedureRecordKind.CommitteeMeeting, D(2026, 4, 9), 11, 9, 8)]),
            (new MajorMatter(new MatterId("T-2026-grant"), O("T"), GovernanceLevel.Township, MatterKind.Expenditure, 1_200_000m),
                [Meeting(ProcedureRecordKind.OfficeMeeting, D(2026, 6, 4), 5, 5, 4)]),
            (new MajorMatter(new MatterId("T-2026-training"), O("T"), GovernanceLevel.Township, MatterKind.Expenditure, 80_000m),
                [Meeting(ProcedureRecordKind.OfficeMeeting, D(2026, 7, 1), 5, 4, 4)]),
        ];
    }

    public static IReadOnlyList<DisclosureSummary> Disclosures()
    {
        DisclosureSummary Item(string village, DisclosureCategory category, LocalDate since, LocalDate? last, bool monthly = false) => new()
        {
            Id = new DisclosureId($"{village}-{category}"), Village = new OrganizationId(village), Category = category, MonthlyFinance = monthly, Since = since, LastDisclosedOn = last,
        };

        return
        [
            Item("V01", DisclosureCategory.General, D(2024, 1, 1), D(2026, 10, 8)),
            Item("V01", DisclosureCategory.Finance, D(2024, 1, 1), D(2026, 11, 3), monthly: true),
            Item("V06", DisclosureCategory.General, D(2024, 1, 1), D(2025, 11, 20)),
            Item("V06", DisclosureCategory.Finance, D(2024, 1, 1), D(2026, 9, 30), monthly: true),
            Item("V07", DisclosureCategory.General, D(2024, 1, 1), D(2026, 9, 1)),
            Item("V09", DisclosureCategory.MajorMatter, D(2026, 9, 8), null),
        ];
    }

    public static IReadOnlyList<AuditSummary> Audits() =>
    [
        new() { Id = new AuditId("V01-finance"), Village = new OrganizationId("V01"), Kind = AuditKind.Finance, Since = D(2023, 1, 1), LastDoneOn = D(2026, 3, 20) },
        new() { Id = new AuditId("V06-finance"), Village = new OrganizationId("V06"), Kind = AuditKind.Finance, Since = D(2023, 1, 1), LastDoneOn = D(2025, 8, 15) },
        new() { Id = new AuditId("V03-departure"), Village = new OrganizationId("V03"), Kind = AuditKind.Departure, Since = D(2026, 4, 30), NextElectionOn = D(2026, 11, 15) },
        new() { Id = new AuditId("V11-departure"), Village = new OrganizationId("V11"), Kind = AuditKind.Departure, Since = D(2026, 2, 28), LastDoneOn = D(2026, 10, 30), NextElectionOn = D(2026, 11, 15) },
    ];
}
