using System.Numerics;
using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Four-haves batch assessment (<see cref="FourHavesAssessor.AssessAll(IEnumerable{EnterpriseProfile})"/>) against the
/// floor (the default table written out by hand: the same consistency and duplicate-id checks, and assessments
/// equal to the library's, reasons included, checked in GlobalSetup; the baseline) and against the bare loop
/// (the same points, grade and haves met, no assessment object, no reasons).
/// </summary>
[MemoryDiagnoser]
public class FourHavesBenchmarks
{
    private static readonly string[] Keys =
    [
        "SEAT.DECISIONS", "SEAT.LED_BY_MANAGEMENT", "SEAT.IDEAS_COLLECTED", "SEAT.IDEAS_ADOPTED",
        "ACTION.KEY_POSTS", "ACTION.TECHNICAL_ACHIEVEMENTS", "ACTION.PIONEER_POSTS",
        "ATTRACTION.UNION", "ATTRACTION.LEAGUE", "ATTRACTION.ACTIVITIES", "ATTRACTION.APPLICANTS",
        "SUPERVISION.COMPLIANCE_CHECKS", "SUPERVISION.VIOLATIONS_REPORTED", "SUPERVISION.VIOLATIONS_RESOLVED", "SUPERVISION.NO_SERIOUS_UNRESOLVED",
    ];

    private static readonly int[] Maximum = [10, 8, 3, 4, 10, 9, 6, 5, 5, 9, 6, 15, 3, 3, 4];
    private static readonly Have[] HaveOf = [0, 0, 0, 0, Have.Action, Have.Action, Have.Action, Have.Attraction, Have.Attraction, Have.Attraction, Have.Attraction, Have.Supervision, Have.Supervision, Have.Supervision, Have.Supervision];
    private static readonly (int Min, int Max)[] Bands = [(0, 59), (60, 74), (75, 89), (90, 100)];
    private static readonly IReadOnlyList<Have>[] MetLists = [.. Enumerable.Range(0, 16).Select(set => Array.AsReadOnly(Enum.GetValues<Have>().Where(h => ((set >> (int)h) & 1) == 1).ToArray()))];
    private static readonly IReadOnlyList<Have>[] UnmetLists = [.. Enumerable.Range(0, 16).Select(set => Array.AsReadOnly(Enum.GetValues<Have>().Where(h => ((set >> (int)h) & 1) == 0).ToArray()))];

    private readonly FourHavesAssessor assessor = new(FourHavesPolicy.Default);
    private EnterpriseProfile[] enterprises = [];

    [Params(100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        enterprises = FourHavesData.Generate(Count, seed: 20261127);
        var library = assessor.AssessAll(enterprises);
        var floor = AssessByHand(enterprises);
        for (var i = 0; i < library.Count; i++)
        {
            var (a, b) = (library[i], floor[i]);
            if (a.Enterprise != b.Enterprise || a.PolicyLabel != b.PolicyLabel || a.Scores != b.Scores || !a.Met.SequenceEqual(b.Met)
                || !a.Unmet.SequenceEqual(b.Unmet) || a.UncappedGrade != b.UncappedGrade || a.Grade != b.Grade || a.Vetoed != b.Vetoed
                || a.IsModel != b.IsModel || !a.Reasons.SequenceEqual(b.Reasons))
            {
                throw new InvalidOperationException($"The hand-written floor disagrees with the library on {a}.");
            }
        }
    }

    /// <summary>The bare loop: the same checks, points, grade and haves met, nothing allocated.</summary>
    [Benchmark]
    public long Bare()
    {
        long sum = 0;
        Span<int> points = stackalloc int[Maximum.Length];
        foreach (var e in enterprises)
        {
            if (!Valid(e))
            {
                throw new ArgumentException("invalid profile");
            }

            var (seat, action, attraction, supervision) = Score(e, points);
            var total = seat + action + attraction + supervision;
            var grade = e.SeriousViolationsUnresolved > 0 ? 0 : total >= 90 ? 3 : total >= 75 ? 2 : total >= 60 ? 1 : 0;
            var met = (seat >= 15 ? 1 : 0) + (action >= 15 ? 1 : 0) + (attraction >= 15 ? 1 : 0) + (supervision >= 15 ? 1 : 0);
            sum += total + grade + met;
        }

        return sum;
    }

    /// <summary>The floor: the batch assessed by hand, with the library's assessment objects and reasons.</summary>
    [Benchmark(Baseline = true)]
    public long Floor() => Figures(AssessByHand(enterprises));

    /// <summary>The library's batch: the batch checked as a whole, then one assessment with its reasons per enterprise.</summary>
    [Benchmark]
    public long Library() => Figures(assessor.AssessAll(enterprises));

    /// <summary>What a host reads of each assessment: total, grade and the number of haves met.</summary>
    internal static long Figures(IReadOnlyList<FourHavesAssessment> assessments)
    {
        long sum = 0;
        foreach (var a in assessments)
        {
            sum += a.Total + (int)a.Grade + a.Met.Count;
        }

        return sum;
    }

    private static IReadOnlyList<FourHavesAssessment> AssessByHand(EnterpriseProfile[] batch)
    {
        var seen = new HashSet<EnterpriseId>(batch.Length);
        foreach (var e in batch)
        {
            if (e is null || !Valid(e) || !seen.Add(e.Id))
            {
                throw new ArgumentException("invalid batch");
            }
        }

        var result = new FourHavesAssessment[batch.Length];
        Span<int> points = stackalloc int[Maximum.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            result[i] = Assess(batch[i], points);
        }

        return Array.AsReadOnly(result);
    }

    private static FourHavesAssessment Assess(EnterpriseProfile e, Span<int> points)
    {
        var (seat, action, attraction, supervision) = Score(e, points);
        var scores = new HaveScores(seat, action, attraction, supervision);
        var total = scores.Total;
        var met = (seat >= 15 ? 1 : 0) | (action >= 15 ? 2 : 0) | (attraction >= 15 ? 4 : 0) | (supervision >= 15 ? 8 : 0);
        var uncapped = total >= 90 ? Grade.Excellent : total >= 75 ? Grade.Good : total >= 60 ? Grade.Fair : Grade.Poor;
        var vetoed = e.SeriousViolationsUnresolved > 0;
        var grade = vetoed ? Grade.Poor : uncapped;
        var reasons = new List<Reason>(8);
        if (vetoed)
        {
            reasons.Add(Reason.Of(FourHavesReasonCodes.Vetoed, "VETO.SERIOUS_UNRESOLVED", e.SeriousViolationsUnresolved, FourHavesNames.Of(Grade.Poor), "≥ 1"));
        }

        foreach (var have in UnmetLists[met])
        {
            reasons.Add(Reason.Of(FourHavesReasonCodes.HaveNotMet, FourHavesNames.Of(have), scores[have], 25, 15));
        }

        // The three costliest indicators, largest loss first, table order among equals: kept in a three-slot list.
        Span<int> top = [-1, -1, -1];
        for (var i = 0; i < points.Length; i++)
        {
            var lost = Maximum[i] - points[i];
            if (lost == 0)
            {
                continue;
            }

            for (var slot = 0; slot < top.Length; slot++)
            {
                if (top[slot] < 0 || lost > Maximum[top[slot]] - points[top[slot]])
                {
                    top[slot..^1].CopyTo(top[(slot + 1)..]);
                    top[slot] = i;
                    break;
                }
            }
        }

        foreach (var i in top)
        {
            if (i >= 0)
            {
                reasons.Add(Reason.Of(FourHavesReasonCodes.IndicatorShortfall, Keys[i], FourHavesNames.Of(HaveOf[i]), points[i], Maximum[i], Maximum[i] - points[i]));
            }
        }

        var isModel = met == 15 && !vetoed && grade >= Grade.Good;
        if (met == 15)
        {
            reasons.Add(Reason.Of(FourHavesReasonCodes.AllHavesMet));
        }

        if (isModel)
        {
            reasons.Add(Reason.Of(FourHavesReasonCodes.ModelEnterprise, FourHavesNames.Of(Grade.Good)));
        }

        var band = Bands[(int)uncapped];
        reasons.Add(Reason.Of(FourHavesReasonCodes.GradeBand, FourHavesNames.Of(grade), total, band.Min, band.Max, FourHavesNames.Of(uncapped)));
        return new FourHavesAssessment(e.Id, PolicySet.DefaultLabel, scores, MetLists[met], UnmetLists[met], uncapped, FourHavesPolicy.Default.GradeBands[(int)uncapped], grade, vetoed, isModel, reasons.AsReadOnly());
    }

    /// <summary>The default table's fifteen indicators, in table order, and the four have scores.</summary>
    private static (int Seat, int Action, int Attraction, int Supervision) Score(EnterpriseProfile e, Span<int> points)
    {
        points[0] = e.TakesPartInDecisions ? 10 : 0;
        points[1] = e.BranchLedByManagement ? 8 : 0;
        points[2] = Math.Min(e.IdeasCollected, 3);
        points[3] = Math.Min(e.IdeasAdopted * 2, 4);
        points[4] = Math.Min(e.MembersInKeyPosts * 2, 10);
        points[5] = Math.Min(e.TechnicalAchievements * 3, 9);
        points[6] = Math.Min(e.PioneerPosts * 2, 6);
        points[7] = e.UnionEstablished ? 5 : 0;
        points[8] = e.LeagueEstablished ? 5 : 0;
        points[9] = Math.Min(e.ActivitiesHeld, 9);
        points[10] = Math.Min(e.MembershipApplicants * 3, 6);
        points[11] = Math.Min(BitOperations.PopCount((uint)e.ComplianceChecks) * 3, 15);
        points[12] = e.ViolationsFound == 0 || e.ViolationsReported == e.ViolationsFound ? 3 : e.ViolationsReported * 2 >= e.ViolationsFound ? 1 : 0;
        points[13] = e.ViolationsFound == 0 || e.ViolationsResolved == e.ViolationsFound ? 3 : e.ViolationsResolved * 4 >= e.ViolationsFound * 3 ? 2 : 0;
        points[14] = e.SeriousViolationsUnresolved == 0 ? 4 : 0;
        return (points[0] + points[1] + points[2] + points[3], points[4] + points[5] + points[6],
            points[7] + points[8] + points[9] + points[10], points[11] + points[12] + points[13] + points[14]);
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
