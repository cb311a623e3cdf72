using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PartyBuilding.Core.Accountability;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Accountability: (1) decide 100,000 sanctions with 0–5 priors each, against the floor (a hand-written
/// decision that checks the request, applies the same table and steps inline and builds the same explained
/// result: an <see cref="SanctionDecision"/> equal to the library's, its reasons written with <see cref="Reason.Of"/>
/// at decision time; the baseline) and against the bare loop (the level alone, no result object). (2) Replay a 100-event case history, against a hand-written copy of the history into a
/// new list (the least a rebuilt case must allocate; it checks neither the policy, the complaint, the finding
/// nor the decision, which the replay does).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AccountabilityBenchmarks
{
    private const int Decisions = 100_000;

    private static readonly int[,] CadreTable =
    {
        { 0, 1, 3 }, // Inaction
        { 1, 2, 3 }, // DisorderlyAction
        { 1, 2, 4 }, // RuleViolation
    };

    private readonly AccountabilityEscalator escalator = new(AccountabilityPolicy.Default);
    private SanctionRequest[] requests = [];
    private CaseEvent[] history = [];

    [GlobalSetup]
    public void Setup()
    {
        requests = [.. AccountabilityData.Requests(Decisions)];

        var start = new LocalDate(2026, 3, 2);
        var c = AccountabilityCase.Receive(new Complaint(new CaseId("bench"), AccountabilitySubject.ForCadre(new CadreId("c")), "complaint"), start, PolicySet.Of(AccountabilityPolicy.Default));
        c.StartInvestigation(start.PlusDays(2));
        for (var i = 0; i < 94; i++)
        {
            c.RecordProgress(start.PlusDays(3 + (i / 4)), "hearing");
        }

        c.Conclude(start.PlusDays(40), Finding.Substantiated(MisconductKind.RuleViolation, Impact.Serious));
        c.Sanction(start.PlusDays(41), escalator.Decide(c, [], start.PlusDays(41)));
        c.Disclose(start.PlusDays(42));
        history = [.. c.History];
        if (history.Length != 99)
        {
            throw new InvalidOperationException("expected 99 events before closing");
        }

        history = [.. history, new CaseClosed(start.PlusDays(43))];
        if (Floor() != Library() || Library() != Bare()
            || requests.Any(r => !HandWritten(r).Equals(escalator.Decide(r))))
        {
            throw new InvalidOperationException("the hand-written decisions disagree with the library");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Decide")]
    public int Floor()
    {
        var sum = 0;
        foreach (var r in requests)
        {
            var decision = HandWritten(r);
            sum += (int)decision.Level!.Value + (decision.RequiresDisclosure ? 10 : 0);
        }

        return sum;
    }

    /// <summary>The default cadre ladder written out: the decision the library gives, reasons included.</summary>
    private static SanctionDecision HandWritten(SanctionRequest r)
    {
        if (r?.Subject is null || r.Kind is < MisconductKind.Inaction or > MisconductKind.RuleViolation || r.Impact is < Impact.Minor or > Impact.Serious
            || r.PriorSubstantiatedOn is null || (r.PolicyLabel is not null && string.IsNullOrWhiteSpace(r.PolicyLabel)))
        {
            throw new ArgumentException("invalid request");
        }

        var (priors, raw) = RawLevel(r);
        var level = Math.Clamp(raw, 0, 4);
        var serious = r.Impact == Impact.Serious;
        var byLevel = level >= 3;
        var baseLevel = CadreTable[(int)r.Kind, (int)r.Impact];
        var reasons = new List<Reason>(8)
        {
            Reason.Of(AccountabilityReasonCodes.Sanction, AccountabilityName.Of((SanctionLevel)level)),
            Reason.Of(AccountabilityReasonCodes.BaseLevel, AccountabilityName.Of(r.Kind), AccountabilityName.Of(r.Impact), AccountabilityName.Of((SanctionLevel)baseLevel)),
        };
        if (priors > 0)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.PriorCases, priors, 12, (long)priors));
        }

        if (r.ObstructedInvestigation)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.Obstruction, 1));
        }

        if (r.MissedRectificationOrder)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.MissedRectification, 1));
        }

        if (r.PromptRemedy)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.PromptRemedy, 1));
        }

        if (raw > level)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.CappedAtTop, AccountabilityName.Of(SanctionLevel.DisciplinarySanction)));
        }
        else if (raw < level)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.HeldAtBottom, AccountabilityName.Of(SanctionLevel.CriticismEducation)));
        }

        if (serious)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.DiscloseSeriousImpact));
        }

        if (byLevel)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.DiscloseLevel, AccountabilityName.Of((SanctionLevel)level), AccountabilityName.Of(SanctionLevel.OrganizationalAdjustment)));
        }

        return new SanctionDecision(r.Subject, (SanctionLevel)level, null, false, serious || byLevel, raw - baseLevel, priors, r.DecidedOn, "default", reasons);
    }

    [Benchmark]
    [BenchmarkCategory("Decide")]
    public int Library()
    {
        var sum = 0;
        foreach (var r in requests)
        {
            var decision = escalator.Decide(r);
            sum += (int)decision.Level!.Value + (decision.RequiresDisclosure ? 10 : 0);
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("Decide")]
    public int Bare()
    {
        var sum = 0;
        foreach (var r in requests)
        {
            var level = Math.Clamp(RawLevel(r).Raw, 0, 4);
            sum += level + (r.Impact == Impact.Serious || level >= 3 ? 10 : 0);
        }

        return sum;
    }

    /// <summary>The hand-written escalation: substantiated priors in the 12 months before the decision, and the level before the 0–4 clamp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Priors, int Raw) RawLevel(SanctionRequest r)
    {
        var windowStart = r.DecidedOn.PlusMonths(-12);
        var priors = 0;
        var list = r.PriorSubstantiatedOn;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] >= windowStart && list[i] < r.DecidedOn)
            {
                priors++;
            }
        }

        var raw = CadreTable[(int)r.Kind, (int)r.Impact] + priors
            + (r.ObstructedInvestigation ? 1 : 0) + (r.MissedRectificationOrder ? 1 : 0) - (r.PromptRemedy ? 1 : 0);
        return (priors, raw);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Replay")]
    public int HandWrittenCopy()
    {
        var copy = new List<CaseEvent>(history.Length);
        var last = history[0].On;
        foreach (var e in history)
        {
            if (e.On < last)
            {
                throw new InvalidOperationException();
            }

            last = e.On;
            copy.Add(e);
        }

        return copy.Count;
    }

    [Benchmark]
    [BenchmarkCategory("Replay")]
    public int Replay() => AccountabilityCase.Replay(history).History.Count;
}
