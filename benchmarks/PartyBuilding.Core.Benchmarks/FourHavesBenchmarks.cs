using System.Numerics;
using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Four-haves assessment of many enterprises against a hand-written scorer of the same default table
/// (the same points, met threshold, grade bands and veto, with the same consistency checks; no reasons).
/// The library reads the table as data and writes each assessment's reasons as it decides.
/// </summary>
[MemoryDiagnoser]
public class FourHavesBenchmarks
{
    private readonly FourHavesAssessor assessor = new(FourHavesPolicy.Default);
    private EnterpriseProfile[] enterprises = [];

    [Params(100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        enterprises = FourHavesData.Generate(Count, seed: 20261127);
    }

    [Benchmark(Baseline = true)]
    public long HandWritten()
    {
        long sum = 0;
        foreach (var e in enterprises)
        {
            if (!Valid(e))
            {
                throw new ArgumentException("invalid profile");
            }

            var seat = (e.TakesPartInDecisions ? 10 : 0) + (e.BranchLedByManagement ? 8 : 0)
                + Math.Min(e.IdeasCollected, 3) + Math.Min(e.IdeasAdopted * 2, 4);
            var action = Math.Min(e.MembersInKeyPosts * 2, 10) + Math.Min(e.TechnicalAchievements * 3, 9) + Math.Min(e.PioneerPosts * 2, 6);
            var attraction = (e.UnionEstablished ? 5 : 0) + (e.LeagueEstablished ? 5 : 0)
                + Math.Min(e.ActivitiesHeld, 9) + Math.Min(e.MembershipApplicants * 3, 6);
            var checks = BitOperations.PopCount((uint)e.ComplianceChecks);
            var reported = e.ViolationsFound == 0 || e.ViolationsReported == e.ViolationsFound ? 3
                : e.ViolationsReported * 2 >= e.ViolationsFound ? 1 : 0;
            var resolved = e.ViolationsFound == 0 || e.ViolationsResolved == e.ViolationsFound ? 3
                : e.ViolationsResolved * 4 >= e.ViolationsFound * 3 ? 2 : 0;
            var supervision = Math.Min(checks * 3, 15) + reported + resolved + (e.SeriousViolationsUnresolved == 0 ? 4 : 0);
            var total = seat + action + attraction + supervision;
            var grade = total >= 90 ? 3 : total >= 75 ? 2 : total >= 60 ? 1 : 0;
            if (e.SeriousViolationsUnresolved > 0)
            {
                grade = 0;
            }

            var met = (seat >= 15 ? 1 : 0) + (action >= 15 ? 1 : 0) + (attraction >= 15 ? 1 : 0) + (supervision >= 15 ? 1 : 0);
            sum += total + grade + met;
        }

        return sum;
    }

    [Benchmark]
    public long Library() => Figures(assessor, enterprises);

    /// <summary>Assesses every enterprise (reasons included: they are written as the assessment is made) and sums what a host reads of each: total, grade and the number of haves met.</summary>
    internal static long Figures(FourHavesAssessor assessor, EnterpriseProfile[] enterprises)
    {
        long sum = 0;
        foreach (var e in enterprises)
        {
            var a = assessor.Assess(e);
            sum += a.Total + (int)a.Grade + a.Met.Count;
        }

        return sum;
    }

    private static bool Valid(EnterpriseProfile e) =>
        !e.Id.IsDefault
        && (e.FullMembers | e.ProbationaryMembers | e.MembersInManagement | e.IdeasCollected | e.IdeasAdopted | e.MembersInKeyPosts
            | e.TechnicalAchievements | e.PioneerPosts | e.ActivitiesHeld | e.LeagueMembersAndYoungWorkers | e.MembershipApplicants
            | e.ViolationsFound | e.ViolationsReported | e.ViolationsResolved | e.SeriousViolationsUnresolved) >= 0
        && (e.ComplianceChecks & ~ComplianceArea.All) == 0
        && e.MembersInManagement <= e.PartyMembers && e.MembersInKeyPosts <= e.PartyMembers
        && (!e.BranchLedByManagement || e.MembersInManagement > 0)
        && e.IdeasAdopted <= e.IdeasCollected && e.MembershipApplicants <= e.LeagueMembersAndYoungWorkers
        && e.ViolationsReported <= e.ViolationsFound && e.ViolationsResolved <= e.ViolationsFound
        && e.SeriousViolationsUnresolved <= e.ViolationsFound - e.ViolationsResolved;
}
