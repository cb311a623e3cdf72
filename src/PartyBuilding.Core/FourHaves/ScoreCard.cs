using System.Collections.ObjectModel;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// One validated version of the scorecard, read as data — the library's only way to assess: each indicator's
/// rule scores the enterprise's facts, a have is met from the fewest points its threshold allows, the total
/// falls in its grade band, veto items cap the grade, and the reasons are written as the decision is made.
/// </summary>
internal sealed class ScoreCard
{
    private const int HaveCount = 4;
    private const int AllHaves = (1 << HaveCount) - 1;

    // The haves met and not met for each of the 16 sets (bit i = have i): constant lists every assessment shares.
    private static readonly IReadOnlyList<Have>[] MetLists = BuildLists(met: true);
    private static readonly IReadOnlyList<Have>[] UnmetLists = BuildLists(met: false);

    private readonly int[] minimumToMeet = new int[HaveCount];

    // The facts resolved to slots once per version: the built-in facts at their enumeration values, then the
    // province's own facts the table reads, in the order the table first names them. An assessment reads each
    // extra fact from the profile once, and every rule and veto item reads its slot.
    private readonly string[] extraKeys;
    private readonly int[] firstSlots;
    private readonly int[] secondSlots;
    private readonly int[] vetoSlots;

    // The bands ordered by their totals (the policy may list them in any order).
    private readonly GradeBand[] bands;

    /// <summary>Prepares <paramref name="version"/>, whose policy the validator accepts.</summary>
    public ScoreCard(PolicyVersion<FourHavesPolicy> version)
    {
        Version = version;
        var policy = version.Policy;
        for (var h = 0; h < HaveCount; h++)
        {
            minimumToMeet[h] = LeastPointsMeeting(policy.MetThreshold, policy.MaximumOf((Have)h));
        }

        var extras = new Dictionary<string, int>(StringComparer.Ordinal);
        int SlotOf(FactKey key)
        {
            if (key.BuiltIn is { } fact)
            {
                return (int)fact;
            }

            if (!extras.TryGetValue(key.Name, out var slot))
            {
                slot = EnterpriseProfile.FactCount + extras.Count;
                extras.Add(key.Name, slot);
            }

            return slot;
        }

        var indicators = policy.Indicators;
        firstSlots = new int[indicators.Count];
        secondSlots = new int[indicators.Count];
        for (var i = 0; i < indicators.Count; i++)
        {
            var (first, second) = indicators[i].Rule.Reads;
            firstSlots[i] = SlotOf(first);
            secondSlots[i] = SlotOf(second);
        }

        vetoSlots = [.. policy.Vetoes.Select(v => SlotOf(v.Fact))];
        extraKeys = [.. extras.OrderBy(e => e.Value).Select(e => e.Key)];
        bands = [.. policy.GradeBands.OrderBy(b => b.MinimumTotal)];
    }

    /// <summary>The version this card scores with.</summary>
    public PolicyVersion<FourHavesPolicy> Version { get; }

    /// <summary>The fewest points that meet <paramref name="have"/>.</summary>
    public int MinimumToMeet(Have have) =>
        Enum.IsDefined(have) ? minimumToMeet[(int)have] : throw UndefinedValue.Of(have, nameof(have));

    /// <summary>Assesses a validated profile.</summary>
    public FourHavesAssessment Assess(EnterpriseProfile enterprise)
    {
        var policy = Version.Policy;
        var indicators = policy.Indicators;
        var slots = EnterpriseProfile.FactCount + extraKeys.Length;
        Span<int> facts = slots <= 256 ? stackalloc int[slots] : new int[slots];
        enterprise.CopyFactsTo(facts);
        var reasons = new List<Reason>(policy.Vetoes.Count + 4 + Math.Min(policy.CostliestIndicatorsReported, indicators.Count) + 4);

        // A fact the table reads and the enterprise did not give counts as 0, and the assessment says so first:
        // it explains the points missing and any equals-zero veto it sets off.
        var extraFacts = enterprise.ExtraFacts;
        for (var j = 0; j < extraKeys.Length; j++)
        {
            if (!extraFacts.TryGetValue(extraKeys[j], out facts[EnterpriseProfile.FactCount + j]))
            {
                reasons.Add(Reason.Of(FourHavesReasonCodes.ExtraFactMissing, extraKeys[j]));
            }
        }

        Span<int> points = indicators.Count <= 256 ? stackalloc int[indicators.Count] : new int[indicators.Count];
        Span<int> scores = stackalloc int[HaveCount];
        for (var i = 0; i < indicators.Count; i++)
        {
            points[i] = indicators[i].Rule.Score(facts[firstSlots[i]], facts[secondSlots[i]]);
            scores[(int)indicators[i].Have] += points[i];
        }

        var met = 0;
        for (var h = 0; h < HaveCount; h++)
        {
            met |= scores[h] >= minimumToMeet[h] ? 1 << h : 0;
        }

        // The ordered bands run from 0 to the total maximum without gap or overlap, grades never falling.
        var total = scores[0] + scores[1] + scores[2] + scores[3];
        var band = bands[0];
        for (var b = 1; b < bands.Length; b++)
        {
            band = total >= bands[b].MinimumTotal ? bands[b] : band;
        }

        var uncapped = band.Grade;
        var grade = uncapped;
        var vetoed = false;
        var vetoes = policy.Vetoes;
        for (var v = 0; v < vetoes.Count; v++)
        {
            var veto = vetoes[v];
            var value = facts[vetoSlots[v]];
            if (veto.FiresOn(value))
            {
                vetoed = true;
                grade = veto.CapsGradeAt < grade ? veto.CapsGradeAt : grade;
                reasons.Add(Reason.Of(FourHavesReasonCodes.Vetoed, veto.Key, value, FourHavesNames.Of(veto.CapsGradeAt), veto.ConditionText));
            }
        }

        foreach (var have in UnmetLists[met])
        {
            reasons.Add(Reason.Of(FourHavesReasonCodes.HaveNotMet, FourHavesNames.Of(have), scores[(int)have], policy.MaximumOf(have), minimumToMeet[(int)have]));
        }

        // The indicators that cost the most, largest loss first, table order among equals: one pass over the
        // table per reported indicator, nothing allocated (a sort here was a quarter of an assessment's cost,
        // FourHavesBenchmarks in docs/benchmarks.md).
        var (previousLost, previous) = (int.MaxValue, -1);
        for (var k = 0; k < policy.CostliestIndicatorsReported; k++)
        {
            var (bestLost, best) = (0, -1);
            for (var i = 0; i < indicators.Count; i++)
            {
                var lost = indicators[i].Rule.MaxPoints - points[i];
                var after = lost < previousLost || (lost == previousLost && i > previous);
                if (after && lost > bestLost)
                {
                    (bestLost, best) = (lost, i);
                }
            }

            if (best < 0)
            {
                break;
            }

            var indicator = indicators[best];
            reasons.Add(Reason.Of(FourHavesReasonCodes.IndicatorShortfall, indicator.Key, FourHavesNames.Of(indicator.Have), indicator.Rule.MaxPoints - bestLost, indicator.Rule.MaxPoints, bestLost));
            (previousLost, previous) = (bestLost, best);
        }

        if (met == AllHaves)
        {
            reasons.Add(Reason.Of(FourHavesReasonCodes.AllHavesMet));
        }

        // A vetoed enterprise is never a model, whatever grade the veto leaves (as ModelEnterprisesSpec asks).
        var isModel = met == AllHaves && !vetoed && grade >= policy.ModelMinimumGrade;
        if (isModel)
        {
            reasons.Add(Reason.Of(FourHavesReasonCodes.ModelEnterprise, FourHavesNames.Of(policy.ModelMinimumGrade)));
        }

        reasons.Add(Reason.Of(FourHavesReasonCodes.GradeBand, FourHavesNames.Of(grade), total, band.MinimumTotal, band.MaximumTotal, FourHavesNames.Of(uncapped)));
        if (band.Key is not null)
        {
            reasons.Add(Reason.Of(FourHavesReasonCodes.GradeBandLevel, band.Key, BandName.Of(band), total));
        }

        return new FourHavesAssessment(
            enterprise.Id,
            Version.Label,
            new HaveScores(scores[0], scores[1], scores[2], scores[3]),
            MetLists[met],
            UnmetLists[met],
            uncapped,
            band,
            grade,
            vetoed,
            isModel,
            reasons.AsReadOnly());
    }

    /// <summary>The fewest whole points s with s ÷ max meeting n ÷ d: ⌈n·max ÷ d⌉ when inclusive, ⌊n·max ÷ d⌋ + 1 when not; max + 1 when none does.</summary>
    private static int LeastPointsMeeting(RatioThreshold threshold, int max)
    {
        var product = (Int128)threshold.Value.Numerator * max;
        var quotient = product / threshold.Value.Denominator;
        var least = threshold.Inclusive && product % threshold.Value.Denominator == 0 ? quotient : quotient + 1;
        return (int)Int128.Min(least, (Int128)max + 1);
    }

    private static IReadOnlyList<Have>[] BuildLists(bool met)
    {
        var lists = new IReadOnlyList<Have>[1 << HaveCount];
        for (var set = 0; set < lists.Length; set++)
        {
            lists[set] = new ReadOnlyCollection<Have>([.. Enum.GetValues<Have>().Where(h => (((set >> (int)h) & 1) == 1) == met)]);
        }

        return lists;
    }
}
