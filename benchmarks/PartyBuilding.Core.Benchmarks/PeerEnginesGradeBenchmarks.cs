using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using PriorityAttribute = NRules.Fluent.Dsl.PriorityAttribute;
using PartyBuilding.Core.FourHaves;
using RulesEngine.Models;
using NRulesRule = NRules.Fluent.Dsl.Rule;
using ReRule = RulesEngine.Models.Rule;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Peers (issue 8 item 3): the four-haves grade of docs/four-haves.md (the default scorecard, met at 15 of 25,
/// bands Excellent ≥ 90 / Good ≥ 75 / Fair ≥ 60 / Poor, a serious unresolved violation caps at Poor) written as a
/// Microsoft RulesEngine 6 workflow and as NRules rules, against <see cref="FourHavesAssessor.AssessAll(IEnumerable{EnterpriseProfile})"/> on the
/// same profiles. GlobalSetup runs every engine once and throws unless each gives the library's total, grade
/// and met haves for every enterprise.
/// </summary>
[MemoryDiagnoser]
public class PeerEnginesGradeBenchmarks
{
    private const string WorkflowName = "FourHaves";
    private readonly FourHavesAssessor assessor = new(FourHavesPolicy.Default);
    private EnterpriseProfile[] enterprises = [];
    private RulesEngine.RulesEngine rulesEngine = null!;
    private ISessionFactory sessionFactory = null!;

    [Params(1_000)]
    public int Enterprises { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        enterprises = FourHavesData.Generate(Enterprises, seed: 20261128);
        rulesEngine = new RulesEngine.RulesEngine([GradeWorkflow()], new ReSettings());
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(
            typeof(SeatDecisions), typeof(SeatLedByManagement), typeof(SeatIdeasCollected), typeof(SeatIdeasAdopted),
            typeof(ActionKeyPosts), typeof(ActionTechnicalAchievements), typeof(ActionPioneerPosts),
            typeof(AttractionUnion), typeof(AttractionLeague), typeof(AttractionActivities), typeof(AttractionApplicants),
            typeof(SupervisionComplianceChecks), typeof(SupervisionViolationsReported), typeof(SupervisionViolationsResolved), typeof(SupervisionNoSeriousUnresolved),
            typeof(HaveTotalsOfEnterprise), typeof(GradeExcellent), typeof(GradeGood), typeof(GradeFair), typeof(GradePoor)));
        sessionFactory = repository.Compile();

        var expected = enterprises.Select(e => assessor.Assess(e)).Select(a => new EngineGrade(a.Total, a.Grade, MetMask(a))).ToArray();
        Verify("RulesEngine", expected, GradeWithRulesEngine());
        Verify("NRules", expected, GradeWithNRules());
        Verify("NRules (session per enterprise)", expected, GradeWithNRulesPerEnterprise());
    }

    /// <summary>The library's batch: one assessment per enterprise, reading total, grade and met haves.</summary>
    [Benchmark(Baseline = true)]
    public long Library() => FourHavesBenchmarks.Figures(assessor.AssessAll(enterprises));

    /// <summary>The scorecard as a RulesEngine workflow (indicators as global params, grade and met as rules), per enterprise.</summary>
    [Benchmark]
    public long RulesEngineWorkflow()
    {
        long sum = 0;
        foreach (var g in GradeWithRulesEngine())
        {
            sum += g.Total + (int)g.Grade + int.PopCount(g.Met);
        }

        return sum;
    }

    /// <summary>The scorecard as NRules rules: one session, every enterprise inserted, fired once, grades queried.</summary>
    [Benchmark]
    public long NRulesSession()
    {
        long sum = 0;
        foreach (var g in GradeWithNRules())
        {
            sum += g.Total + (int)g.Grade + int.PopCount(g.Met);
        }

        return sum;
    }

    /// <summary>
    /// The same NRules rules with one short session per enterprise: the collect join then never sees another
    /// enterprise's points (in one session for the whole batch it compares every enterprise with every point).
    /// </summary>
    [Benchmark]
    public long NRulesSessionPerEnterprise()
    {
        long sum = 0;
        foreach (var g in GradeWithNRulesPerEnterprise())
        {
            sum += g.Total + (int)g.Grade + int.PopCount(g.Met);
        }

        return sum;
    }

    private static int MetMask(FourHavesAssessment a) => a.Met.Aggregate(0, (mask, have) => mask | (1 << (int)have));

    private EngineGrade[] GradeWithRulesEngine()
    {
        var grades = new EngineGrade[enterprises.Length];
        for (var i = 0; i < enterprises.Length; i++)
        {
            var results = rulesEngine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("p", enterprises[i])).GetAwaiter().GetResult();
            Grade? grade = null;
            var total = -1;
            var met = 0;
            foreach (var result in results)
            {
                if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed: {result.ExceptionMessage}");
                }

                if (!result.IsSuccess)
                {
                    continue;
                }

                if (Enum.TryParse<Have>(result.Rule.SuccessEvent, out var have))
                {
                    met |= 1 << (int)have;
                }
                else
                {
                    if (grade is not null)
                    {
                        throw new InvalidOperationException($"RulesEngine: two grade rules matched {enterprises[i].Id}.");
                    }

                    grade = Enum.Parse<Grade>(result.Rule.SuccessEvent);
                    total = Convert.ToInt32(result.ActionResult.Output, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            grades[i] = new EngineGrade(total, grade ?? throw new InvalidOperationException($"RulesEngine: no grade for {enterprises[i].Id}."), met);
        }

        return grades;
    }

    private EngineGrade[] GradeWithNRules()
    {
        var session = sessionFactory.CreateSession();
        var candidates = new Candidate[enterprises.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            candidates[i] = new Candidate(i, enterprises[i]);
        }

        session.InsertAll(candidates);
        session.Fire();
        var grades = new EngineGrade?[enterprises.Length];
        foreach (var g in session.Query<GradedEnterprise>())
        {
            if (grades[g.Index] is not null)
            {
                throw new InvalidOperationException($"NRules: two grade rules fired for {enterprises[g.Index].Id}.");
            }

            grades[g.Index] = new EngineGrade(g.Totals.Total, g.Grade, g.Totals.MetMask);
        }

        return [.. grades.Select((g, i) => g ?? throw new InvalidOperationException($"NRules: no grade for {enterprises[i].Id}."))];
    }

    private EngineGrade[] GradeWithNRulesPerEnterprise()
    {
        var grades = new EngineGrade[enterprises.Length];
        for (var i = 0; i < enterprises.Length; i++)
        {
            var session = sessionFactory.CreateSession();
            session.Insert(new Candidate(i, enterprises[i]));
            session.Fire();
            var graded = session.Query<GradedEnterprise>().ToList();
            if (graded.Count != 1)
            {
                throw new InvalidOperationException($"NRules: {graded.Count} grade rules fired for {enterprises[i].Id}.");
            }

            grades[i] = new EngineGrade(graded[0].Totals.Total, graded[0].Grade, graded[0].Totals.MetMask);
        }

        return grades;
    }

    private void Verify(string engine, EngineGrade[] expected, EngineGrade[] actual)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                throw new InvalidOperationException($"{engine} disagrees with the library on {enterprises[i].Id}: expected {expected[i]}, got {actual[i]}.");
            }
        }
    }

    private static Workflow GradeWorkflow()
    {
        static ScopedParam Param(string name, string expression) => new() { Name = name, Expression = expression };
        static ReRule Rule(string name, string expression, string? output = null) => new()
        {
            RuleName = name,
            SuccessEvent = name,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = expression,
            Actions = output is null ? null : new RuleActions
            {
                OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["expression"] = output } },
            },
        };

        // The default table of docs/four-haves.md, one param per indicator; the met rules and the grade bands as rules.
        return new Workflow
        {
            WorkflowName = WorkflowName,
            GlobalParams =
            [
                Param("seatDecisions", "p.TakesPartInDecisions ? 10 : 0"),
                Param("seatLedByManagement", "p.BranchLedByManagement ? 8 : 0"),
                Param("seatIdeasCollected", "Math.Min(p.IdeasCollected, 3)"),
                Param("seatIdeasAdopted", "Math.Min(p.IdeasAdopted * 2, 4)"),
                Param("actionKeyPosts", "Math.Min(p.MembersInKeyPosts * 2, 10)"),
                Param("actionTechnical", "Math.Min(p.TechnicalAchievements * 3, 9)"),
                Param("actionPioneer", "Math.Min(p.PioneerPosts * 2, 6)"),
                Param("attractionUnion", "p.UnionEstablished ? 5 : 0"),
                Param("attractionLeague", "p.LeagueEstablished ? 5 : 0"),
                Param("attractionActivities", "Math.Min(p.ActivitiesHeld, 9)"),
                Param("attractionApplicants", "Math.Min(p.MembershipApplicants * 3, 6)"),
                Param("areas", "int(p.ComplianceChecks)"),
                Param("supervisionChecks", "Math.Min((areas % 2 + areas / 2 % 2 + areas / 4 % 2 + areas / 8 % 2 + areas / 16 % 2) * 3, 15)"),
                Param("supervisionReported", "p.ViolationsFound == 0 || p.ViolationsReported == p.ViolationsFound ? 3 : (p.ViolationsReported * 2 >= p.ViolationsFound ? 1 : 0)"),
                Param("supervisionResolved", "p.ViolationsFound == 0 || p.ViolationsResolved == p.ViolationsFound ? 3 : (p.ViolationsResolved * 4 >= p.ViolationsFound * 3 ? 2 : 0)"),
                Param("supervisionNoSerious", "p.SeriousViolationsUnresolved == 0 ? 4 : 0"),
                Param("seat", "seatDecisions + seatLedByManagement + seatIdeasCollected + seatIdeasAdopted"),
                Param("action", "actionKeyPosts + actionTechnical + actionPioneer"),
                Param("attraction", "attractionUnion + attractionLeague + attractionActivities + attractionApplicants"),
                Param("supervision", "supervisionChecks + supervisionReported + supervisionResolved + supervisionNoSerious"),
                Param("total", "seat + action + attraction + supervision"),
            ],
            Rules =
            [
                Rule(nameof(Have.Seat), "seat >= 15"),
                Rule(nameof(Have.Action), "action >= 15"),
                Rule(nameof(Have.Attraction), "attraction >= 15"),
                Rule(nameof(Have.Supervision), "supervision >= 15"),
                Rule(nameof(Grade.Excellent), "total >= 90 && p.SeriousViolationsUnresolved == 0", "total"),
                Rule(nameof(Grade.Good), "total >= 75 && total < 90 && p.SeriousViolationsUnresolved == 0", "total"),
                Rule(nameof(Grade.Fair), "total >= 60 && total < 75 && p.SeriousViolationsUnresolved == 0", "total"),
                Rule(nameof(Grade.Poor), "total < 60 || p.SeriousViolationsUnresolved > 0", "total"),
            ],
        };
    }
}

/// <summary>What an engine decides for one enterprise: the total, the grade and the met haves (bit per <see cref="Have"/>).</summary>
public sealed record EngineGrade(int Total, Grade Grade, int Met);

// NRules: an enterprise is a Candidate fact; each indicator is a rule inserting its points; a lower-priority rule
// collects an enterprise's points into its have totals; the grade bands (and the veto) are rules on the totals.

/// <summary>An enterprise in the session, with its position in the batch.</summary>
public sealed record Candidate(int Index, EnterpriseProfile Profile);

/// <summary>Points one indicator (by its key: NRules identifies facts by equality) gave one enterprise.</summary>
public sealed record IndicatorPoints(int Index, string Key, Have Have, int Points);

/// <summary>An enterprise's points per have.</summary>
public sealed record HaveTotals(Candidate Candidate, int Seat, int Action, int Attraction, int Supervision)
{
    public int Total => Seat + Action + Attraction + Supervision;

    public int MetMask => (Seat >= 15 ? 1 : 0) | (Action >= 15 ? 2 : 0) | (Attraction >= 15 ? 4 : 0) | (Supervision >= 15 ? 8 : 0);
}

/// <summary>The grade a band rule gave.</summary>
public sealed record GradedEnterprise(int Index, HaveTotals Totals, Grade Grade);

[Priority(10)]
public sealed class SeatDecisions : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.TakesPartInDecisions);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(SeatDecisions), Have.Seat, 10)));
    }
}

[Priority(10)]
public sealed class SeatLedByManagement : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.BranchLedByManagement);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(SeatLedByManagement), Have.Seat, 8)));
    }
}

[Priority(10)]
public sealed class SeatIdeasCollected : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.IdeasCollected > 0);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(SeatIdeasCollected), Have.Seat, Math.Min(c.Profile.IdeasCollected, 3))));
    }
}

[Priority(10)]
public sealed class SeatIdeasAdopted : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.IdeasAdopted > 0);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(SeatIdeasAdopted), Have.Seat, Math.Min(c.Profile.IdeasAdopted * 2, 4))));
    }
}

[Priority(10)]
public sealed class ActionKeyPosts : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.MembersInKeyPosts > 0);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(ActionKeyPosts), Have.Action, Math.Min(c.Profile.MembersInKeyPosts * 2, 10))));
    }
}

[Priority(10)]
public sealed class ActionTechnicalAchievements : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.TechnicalAchievements > 0);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(ActionTechnicalAchievements), Have.Action, Math.Min(c.Profile.TechnicalAchievements * 3, 9))));
    }
}

[Priority(10)]
public sealed class ActionPioneerPosts : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.PioneerPosts > 0);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(ActionPioneerPosts), Have.Action, Math.Min(c.Profile.PioneerPosts * 2, 6))));
    }
}

[Priority(10)]
public sealed class AttractionUnion : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.UnionEstablished);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(AttractionUnion), Have.Attraction, 5)));
    }
}

[Priority(10)]
public sealed class AttractionLeague : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.LeagueEstablished);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(AttractionLeague), Have.Attraction, 5)));
    }
}

[Priority(10)]
public sealed class AttractionActivities : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.ActivitiesHeld > 0);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(AttractionActivities), Have.Attraction, Math.Min(c.Profile.ActivitiesHeld, 9))));
    }
}

[Priority(10)]
public sealed class AttractionApplicants : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.MembershipApplicants > 0);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(AttractionApplicants), Have.Attraction, Math.Min(c.Profile.MembershipApplicants * 3, 6))));
    }
}

[Priority(10)]
public sealed class SupervisionComplianceChecks : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => (x.Profile.ComplianceChecks & ComplianceArea.All) != 0);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(SupervisionComplianceChecks), Have.Supervision, Math.Min(int.PopCount((int)(c.Profile.ComplianceChecks & ComplianceArea.All)) * 3, 15))));
    }
}

[Priority(10)]
public sealed class SupervisionViolationsReported : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.ViolationsFound == 0 || x.Profile.ViolationsReported * 2 >= x.Profile.ViolationsFound);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(SupervisionViolationsReported), Have.Supervision,
            c.Profile.ViolationsFound == 0 || c.Profile.ViolationsReported == c.Profile.ViolationsFound ? 3 : 1)));
    }
}

[Priority(10)]
public sealed class SupervisionViolationsResolved : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.ViolationsFound == 0 || x.Profile.ViolationsResolved * 4 >= x.Profile.ViolationsFound * 3);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(SupervisionViolationsResolved), Have.Supervision,
            c.Profile.ViolationsFound == 0 || c.Profile.ViolationsResolved == c.Profile.ViolationsFound ? 3 : 2)));
    }
}

[Priority(10)]
public sealed class SupervisionNoSeriousUnresolved : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        When().Match(() => c, x => x.Profile.SeriousViolationsUnresolved == 0);
        Then().Do(ctx => ctx.Insert(new IndicatorPoints(c.Index, nameof(SupervisionNoSeriousUnresolved), Have.Supervision, 4)));
    }
}

/// <summary>After the indicators: an enterprise's points collected into its have totals.</summary>
[Priority(5)]
public sealed class HaveTotalsOfEnterprise : NRulesRule
{
    public override void Define()
    {
        Candidate c = null!;
        IEnumerable<IndicatorPoints> points = null!;
        When().Match(() => c)
            .Query(() => points, q => q.Match<IndicatorPoints>(x => x.Index == c.Index).Collect());
        Then().Do(ctx => ctx.Insert(new HaveTotals(c,
            points.Where(x => x.Have == Have.Seat).Sum(x => x.Points),
            points.Where(x => x.Have == Have.Action).Sum(x => x.Points),
            points.Where(x => x.Have == Have.Attraction).Sum(x => x.Points),
            points.Where(x => x.Have == Have.Supervision).Sum(x => x.Points))));
    }
}

public sealed class GradeExcellent : NRulesRule
{
    public override void Define()
    {
        HaveTotals t = null!;
        When().Match(() => t, x => x.Total >= 90, x => x.Candidate.Profile.SeriousViolationsUnresolved == 0);
        Then().Do(ctx => ctx.Insert(new GradedEnterprise(t.Candidate.Index, t, Grade.Excellent)));
    }
}

public sealed class GradeGood : NRulesRule
{
    public override void Define()
    {
        HaveTotals t = null!;
        When().Match(() => t, x => x.Total >= 75 && x.Total < 90, x => x.Candidate.Profile.SeriousViolationsUnresolved == 0);
        Then().Do(ctx => ctx.Insert(new GradedEnterprise(t.Candidate.Index, t, Grade.Good)));
    }
}

public sealed class GradeFair : NRulesRule
{
    public override void Define()
    {
        HaveTotals t = null!;
        When().Match(() => t, x => x.Total >= 60 && x.Total < 75, x => x.Candidate.Profile.SeriousViolationsUnresolved == 0);
        Then().Do(ctx => ctx.Insert(new GradedEnterprise(t.Candidate.Index, t, Grade.Fair)));
    }
}

/// <summary>Below 60, or vetoed by a serious unresolved violation.</summary>
public sealed class GradePoor : NRulesRule
{
    public override void Define()
    {
        HaveTotals t = null!;
        When().Match(() => t, x => x.Total < 60 || x.Candidate.Profile.SeriousViolationsUnresolved > 0);
        Then().Do(ctx => ctx.Insert(new GradedEnterprise(t.Candidate.Index, t, Grade.Poor)));
    }
}
