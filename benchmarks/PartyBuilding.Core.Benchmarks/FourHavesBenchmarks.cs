using System.Numerics;
using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Four-haves assessment of many enterprises against a hand-written scorer of the same default table
/// (the same points, met threshold, grade bands and veto, with the same consistency checks; no reasons).
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
        var random = new Random(20261127);
        enterprises = new EnterpriseProfile[Count];
        for (var i = 0; i < enterprises.Length; i++)
        {
            var full = random.Next(0, 12);
            var management = random.Next(0, full + 1);
            var ideas = random.Next(0, 8);
            var youth = random.Next(0, 10);
            var found = random.Next(0, 6);
            var resolved = random.Next(0, found + 1);
            enterprises[i] = new EnterpriseProfile
            {
                Id = new EnterpriseId("E" + i),
                FullMembers = full,
                TakesPartInDecisions = random.Next(2) == 0,
                BranchLedByManagement = management > 0 && random.Next(2) == 0,
                MembersInManagement = management,
                IdeasCollected = ideas,
                IdeasAdopted = random.Next(0, ideas + 1),
                MembersInKeyPosts = random.Next(0, full + 1),
                TechnicalAchievements = random.Next(0, 5),
                PioneerPosts = random.Next(0, 5),
                UnionEstablished = random.Next(2) == 0,
                LeagueEstablished = random.Next(2) == 0,
                ActivitiesHeld = random.Next(0, 13),
                LeagueMembersAndYoungWorkers = youth,
                MembershipApplicants = random.Next(0, youth + 1),
                ComplianceChecks = (ComplianceArea)random.Next(0, 32),
                ViolationsFound = found,
                ViolationsReported = random.Next(0, found + 1),
                ViolationsResolved = resolved,
                SeriousViolationsUnresolved = random.Next(4) == 0 ? random.Next(0, found - resolved + 1) : 0,
            };
        }
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
    public long Library()
    {
        long sum = 0;
        foreach (var e in enterprises)
        {
            var a = assessor.Assess(e);
            sum += a.Total + (int)a.Grade + a.Met.Count;
        }

        return sum;
    }

    [Benchmark]
    public int LibraryWithReasons()
    {
        // The same, reading every assessment's reasons (written on first read): the cost of the explanations.
        var sum = 0;
        foreach (var e in enterprises)
        {
            sum += assessor.Assess(e).Reasons.Count;
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
