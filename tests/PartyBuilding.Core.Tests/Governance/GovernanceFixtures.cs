using NodaTime;
using PartyBuilding.Core.Governance;

namespace PartyBuilding.Core.Tests.Governance;

/// <summary>The worked village matter of <c>docs/governance.md</c> and small builders around it.</summary>
internal static class GovernanceFixtures
{
    public static readonly ProcedureChecker Checker = new(GovernancePolicy.Versions);

    public static readonly OrganizationId Village = new("V-dongcun");

    public static readonly OrganizationId Township = new("T-mazhu");

    /// <summary>Dongcun resurfaces its road: ¥180,000, the secretary is also the director, a second member signs.</summary>
    public static readonly MajorMatter Road = new(new MatterId("road-2026"), Village, GovernanceLevel.Village, MatterKind.Expenditure, 180_000m)
    {
        Signature = new JointSignature(SecretarySigned: true, DirectorSigned: true, PostsHeldByOnePerson: true, SecondMemberSigned: true),
    };

    public static ProcedureRecord Meeting(ProcedureRecordKind kind, LocalDate on, int due, int present, int votes) =>
        new(kind, on) { Due = due, Present = present, VotesFor = votes };

    /// <summary>The six steps and the notice, every one kept, resolved on <paramref name="resolvedOn"/>.</summary>
    public static ProcedureRecord[] RoadRecords(LocalDate resolvedOn) =>
    [
        Meeting(ProcedureRecordKind.BranchCommitteeMeeting, resolvedOn.PlusDays(-13), 5, 5, 5),
        Meeting(ProcedureRecordKind.JointMeeting, resolvedOn.PlusDays(-10), 9, 8, 8),
        new(ProcedureRecordKind.MembersNotice, resolvedOn.PlusDays(-9)),
        Meeting(ProcedureRecordKind.MembersMeeting, resolvedOn.PlusDays(-5), 42, 30, 27),
        Meeting(ProcedureRecordKind.RepresentativesMeeting, resolvedOn, 30, 24, 19),
        new(ProcedureRecordKind.ResolutionDisclosure, resolvedOn.PlusDays(2)) { PostedUntil = resolvedOn.PlusDays(12) },
        new(ProcedureRecordKind.ResultDisclosure, resolvedOn.PlusDays(120)) { PostedUntil = resolvedOn.PlusDays(130) },
    ];

    public static readonly LocalDate ResolvedOn = new(2026, 3, 16);

    /// <summary>The road records with the record of <paramref name="kind"/> replaced (or dropped when <paramref name="replacement"/> is null).</summary>
    public static ProcedureRecord[] With(ProcedureRecordKind kind, Func<ProcedureRecord, ProcedureRecord?> replacement, LocalDate? resolvedOn = null) =>
        [.. RoadRecords(resolvedOn ?? ResolvedOn).Select(r => r.Kind == kind ? replacement(r) : r).Where(r => r is not null).Select(r => r!)];

    public static string[] Codes(ProcedureCompliance compliance) => [.. compliance.Reasons.Select(r => r.Code)];
}
