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

    /// <summary>Prepares <paramref name="version"/>, whose policy the validator accepts.</summary>
    public ScoreCard(PolicyVersion<FourHavesPolicy> version)
    {
        Version = version;
        for (var h = 0; h < HaveCount; h++)
        {
            minimumToMeet[h] = LeastPointsMeeting(version.Policy.MetThreshold, version.Policy.MaximumOf((Have)h));
        }
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
        Span<int> facts = stackalloc int[EnterpriseProfile.FactCount];
        enterprise.CopyFactsTo(facts);
        Span<int> points = indicators.Count <= 256 ? stackalloc int[indicators.Count] : new int[indicators.Count];
        Span<int> scores = stackalloc int[HaveCount];
        for (var i = 0; i < indicators.Count; i++)
        {
            points[i] = indicators[i].Rule.Score(facts);
            scores[(int)indicators[i].Have] += points[i];
        }

        var met = 0;
        for (var h = 0; h < HaveCount; h++)
        {
            met |= scores[h] >= minimumToMeet[h] ? 1 << h : 0;
        }

        // The validated bands run from 0 to the total maximum in grade order, without gap or overlap.
        var total = scores[0] + scores[1] + scores[2] + scores[3];
        var bands = policy.GradeBands;
        var uncapped = bands[0].Grade;
        for (var b = 1; b < bands.Count; b++)
        {
            uncapped = total >= bands[b].MinimumTotal ? bands[b].Grade : uncapped;
        }

        var reasons = new List<Reason>(policy.Vetoes.Count + 4 + Math.Min(policy.CostliestIndicatorsReported, indicators.Count) + 3);
        var grade = uncapped;
        var vetoed = false;
        foreach (var veto in policy.Vetoes)
        {
            var value = facts[(int)veto.Fact];
            if (value > 0)
            {
                vetoed = true;
                grade = veto.CapsGradeAt < grade ? veto.CapsGradeAt : grade;
                reasons.Add(Reason.Of(FourHavesReasonCodes.Vetoed, veto.Key, value, FourHavesNames.Of(veto.CapsGradeAt)));
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

        var band = bands[(int)uncapped];
        reasons.Add(Reason.Of(FourHavesReasonCodes.GradeBand, FourHavesNames.Of(grade), total, band.MinimumTotal, band.MaximumTotal, FourHavesNames.Of(uncapped)));
        return new FourHavesAssessment(
            enterprise.Id,
            Version.Label,
            new HaveScores(scores[0], scores[1], scores[2], scores[3]),
            MetLists[met],
            UnmetLists[met],
            uncapped,
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
