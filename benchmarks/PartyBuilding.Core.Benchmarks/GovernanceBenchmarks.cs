using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Governance;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Checks 1,000,000 village procedures (四议两公开, drawn from a pool of 10,000 distinct ones, about half compliant):
/// the library's checker against a hand-written check of the same default rules giving the same verdict (checked
/// in GlobalSetup; the baseline) that builds no reasons.
/// </summary>
[MemoryDiagnoser]
public class GovernanceBenchmarks
{
    private const int Pool = 10_000;
    private readonly ProcedureChecker checker = new(GovernancePolicy.Versions);
    private (MajorMatter Matter, ProcedureRecord[] Records)[] procedures = [];

    [Params(1_000_000)]
    public int Procedures { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261202);
        procedures = [.. Enumerable.Range(0, Pool).Select(_ => Procedure(random))];
        foreach (var (matter, records) in procedures)
        {
            if (checker.Check(matter, records).Compliant != HandCompliant(matter, records))
            {
                throw new InvalidOperationException($"The hand-written check disagrees with the library on {matter}.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var compliant = 0;
        for (var i = 0; i < Procedures; i++)
        {
            var (matter, records) = procedures[i % Pool];
            compliant += HandCompliant(matter, records) ? 1 : 0;
        }

        return compliant;
    }

    [Benchmark]
    public int Library()
    {
        var compliant = 0;
        for (var i = 0; i < Procedures; i++)
        {
            var (matter, records) = procedures[i % Pool];
            compliant += checker.Check(matter, records).Compliant ? 1 : 0;
        }

        return compliant;
    }

    /// <summary>The default rules written out by hand for the records this benchmark makes (one per step, in order of kind).</summary>
    private static bool HandCompliant(MajorMatter matter, ProcedureRecord[] records)
    {
        ProcedureRecord? proposal = null, joint = null, notice = null, members = null, resolution = null, disclosed = null, result = null;
        foreach (var r in records)
        {
            switch (r.Kind)
            {
                case ProcedureRecordKind.BranchCommitteeMeeting: proposal = r; break;
                case ProcedureRecordKind.JointMeeting: joint = r; break;
                case ProcedureRecordKind.MembersNotice: notice = r; break;
                case ProcedureRecordKind.MembersMeeting: members = r; break;
                case ProcedureRecordKind.ResolutionDisclosure: disclosed = r; break;
                case ProcedureRecordKind.ResultDisclosure: result = r; break;
                default: resolution = r; break;
            }
        }

        if (proposal is null || joint is null || notice is null || members is null || resolution is null || disclosed is null || result is null)
        {
            return false;
        }

        static bool Meeting(ProcedureRecord r) => r.Present * 2 >= r.Due && r.VotesFor * 2 > r.Due;
        var quorum = resolution.Kind == ProcedureRecordKind.VillagersMeeting
            ? resolution.Present * 2 > resolution.Due || (resolution.HouseholdsDue > 0 && resolution.HouseholdsPresent * 3 >= resolution.HouseholdsDue * 2)
            : resolution.Present * 3 >= resolution.Due * 2;
        var signed = matter.Amount < 50_000m || (matter.Signature is { SecretarySigned: true, DirectorSigned: true } s && (!s.PostsHeldByOnePerson || s.SecondMemberSigned));
        return Meeting(proposal) && Meeting(joint) && Meeting(members) && quorum && resolution.Present > 0 && resolution.VotesFor * 2 > resolution.Present && signed
            && joint.On >= proposal.On && members.On >= joint.On && resolution.On >= members.On && disclosed.On >= resolution.On && result.On >= disclosed.On
            && notice.On <= members.On.PlusDays(-3) && disclosed.On <= resolution.On.PlusDays(5)
            && (disclosed.PostedUntil is not { } a || a >= disclosed.On.PlusDays(5)) && (result.PostedUntil is not { } b || b >= result.On.PlusDays(5));
    }

    private static (MajorMatter, ProcedureRecord[]) Procedure(Random random)
    {
        var start = new LocalDate(2025, 6, 1).PlusDays(random.Next(365));
        ProcedureRecord Meeting(ProcedureRecordKind kind, int day)
        {
            var due = random.Next(5, 60);
            var present = random.Next(due / 2, due + 1);
            return new ProcedureRecord(kind, start.PlusDays(day)) { Due = due, Present = present, VotesFor = random.Next((present * 3) / 5, present + 1), HouseholdsDue = 40, HouseholdsPresent = random.Next(20, 41) };
        }

        ProcedureRecord[] records =
        [
            Meeting(ProcedureRecordKind.BranchCommitteeMeeting, 0),
            Meeting(ProcedureRecordKind.JointMeeting, random.Next(1, 4)),
            new(ProcedureRecordKind.MembersNotice, start.PlusDays(4)),
            Meeting(ProcedureRecordKind.MembersMeeting, random.Next(6, 9)),
            Meeting(random.Next(2) == 0 ? ProcedureRecordKind.VillagersMeeting : ProcedureRecordKind.RepresentativesMeeting, 10),
            new(ProcedureRecordKind.ResolutionDisclosure, start.PlusDays(random.Next(10, 17))) { PostedUntil = start.PlusDays(25) },
            new(ProcedureRecordKind.ResultDisclosure, start.PlusDays(90)),
        ];
        var matter = new MajorMatter(new MatterId("m"), new OrganizationId("V1"), GovernanceLevel.Village, MatterKind.Expenditure, random.Next(0, 100_000))
        {
            Signature = new JointSignature(true, random.Next(8) > 0, random.Next(2) == 0, random.Next(3) > 0),
        };
        return (matter, records);
    }
}
