using System.Collections.ObjectModel;
using System.Globalization;

namespace PartyBuilding.Core.FourHaves;

/// <summary>A validated policy laid out for the hot path: arrays instead of lists, the grade of every total.</summary>
internal sealed class ScoreCard
{
    private const int HaveCount = 4;

    /// <summary>The haves met, for each of the 16 sets (bit i = have i), shared by every assessment.</summary>
    internal static readonly IReadOnlyList<Have>[] MetLists = BuildLists(met: true);

    /// <summary>The haves not met, for each of the 16 sets.</summary>
    internal static readonly IReadOnlyList<Have>[] UnmetLists = BuildLists(met: false);

    private readonly Have[] haves;
    private readonly IndicatorRule[] rules;
    private readonly string[] keys;
    private readonly int[] maxima = new int[HaveCount];
    private readonly int[] minimumToMeet = new int[HaveCount];
    private readonly Grade[] gradeOfTotal;
    private readonly VetoItem[] vetoes;

    public ScoreCard(FourHavesPolicy policy)
    {
        Policy = policy;
        haves = [.. policy.Indicators.Select(i => i.Have)];
        rules = [.. policy.Indicators.Select(i => i.Rule)];
        keys = [.. policy.Indicators.Select(i => i.Key)];
        for (var h = 0; h < HaveCount; h++)
        {
            var max = policy.MaximumOf((Have)h);
            maxima[h] = max;

            // The fewest whole points that meet the threshold; max + 1 if none does.
            var least = 0;
            while (least <= max && !policy.MetThreshold.IsMetBy(least, max))
            {
                least++;
            }

            minimumToMeet[h] = least;
        }

        gradeOfTotal = new Grade[policy.TotalMaximum + 1];
        foreach (var band in policy.GradeBands)
        {
            for (var total = band.MinimumTotal; total <= band.MaximumTotal; total++)
            {
                gradeOfTotal[total] = band.Grade;
            }
        }

        vetoes = [.. policy.Vetoes];
    }

    public FourHavesPolicy Policy { get; }

    public int MinimumToMeet(Have have) => minimumToMeet[(int)have];

    public int MaximumOf(Have have) => maxima[(int)have];

    public FourHavesAssessment Assess(EnterpriseProfile enterprise)
    {
        Span<int> scores = stackalloc int[HaveCount];
        for (var i = 0; i < rules.Length; i++)
        {
            scores[(int)haves[i]] += rules[i].Score(enterprise);
        }

        var met = 0;
        for (var h = 0; h < HaveCount; h++)
        {
            if (scores[h] >= minimumToMeet[h])
            {
                met |= 1 << h;
            }
        }

        var total = scores[0] + scores[1] + scores[2] + scores[3];
        var uncapped = gradeOfTotal[total];
        var grade = uncapped;
        var vetoed = false;
        for (var v = 0; v < vetoes.Length; v++)
        {
            if (enterprise.ValueOf(vetoes[v].Fact) > 0)
            {
                vetoed = true;
                if (vetoes[v].CapsGradeAt < grade)
                {
                    grade = vetoes[v].CapsGradeAt;
                }
            }
        }

        var scoresRecord = new HaveScores(scores[0], scores[1], scores[2], scores[3]);
        return new FourHavesAssessment(enterprise, this, scoresRecord, (byte)met, uncapped, grade, vetoed, CultureInfo.CurrentUICulture);
    }

    /// <summary>The reasons of an assessment, in <paramref name="culture"/>: vetoes, unmet haves, costliest indicators, model, grade.</summary>
    public Reason[] Explain(FourHavesAssessment assessment, EnterpriseProfile enterprise, CultureInfo culture)
    {
        var reasons = new List<Reason>();
        foreach (var veto in vetoes)
        {
            var value = enterprise.ValueOf(veto.Fact);
            if (value > 0)
            {
                reasons.Add(Make(culture, FourHavesReasonCodes.Vetoed, veto.Key, value, GradeName(veto.CapsGradeAt, culture)));
            }
        }

        foreach (var have in assessment.Unmet)
        {
            reasons.Add(Make(culture, FourHavesReasonCodes.HaveNotMet, HaveName(have, culture), assessment.ScoreOf(have), maxima[(int)have], minimumToMeet[(int)have]));
        }

        // The indicators that cost the most, largest loss first, table order among equals.
        var losses = new (int Lost, int Index, int Points)[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            var points = rules[i].Score(enterprise);
            losses[i] = (rules[i].MaxPoints - points, i, points);
        }

        foreach (var (lost, index, points) in losses
            .Where(l => l.Lost > 0)
            .OrderByDescending(l => l.Lost)
            .ThenBy(l => l.Index)
            .Take(Policy.CostliestIndicatorsReported))
        {
            reasons.Add(Make(culture, FourHavesReasonCodes.IndicatorShortfall, keys[index], HaveName(haves[index], culture), points, rules[index].MaxPoints, lost));
        }

        if (assessment.AllMet)
        {
            reasons.Add(Make(culture, FourHavesReasonCodes.AllHavesMet));
        }

        if (assessment.IsModel)
        {
            reasons.Add(Make(culture, FourHavesReasonCodes.ModelEnterprise, GradeName(Policy.ModelMinimumGrade, culture)));
        }

        var band = Policy.GradeBands[(int)assessment.UncappedGrade];
        reasons.Add(Make(culture, FourHavesReasonCodes.GradeBand, GradeName(assessment.Grade, culture), assessment.Total, band.MinimumTotal, band.MaximumTotal, GradeName(assessment.UncappedGrade, culture)));
        return [.. reasons];
    }

    internal static Reason Make(CultureInfo culture, string code, params object?[] arguments)
    {
        var template = MessageCatalog.Get(code, culture);
        return new Reason(code, arguments.Length == 0 ? template : string.Format(culture, template, arguments));
    }

    internal static string HaveName(Have have, CultureInfo culture) =>
        MessageCatalog.Get("FH.NAME." + have.ToString().ToUpperInvariant(), culture);

    internal static string GradeName(Grade grade, CultureInfo culture) =>
        MessageCatalog.Get("FH.NAME." + grade.ToString().ToUpperInvariant(), culture);

    private static IReadOnlyList<Have>[] BuildLists(bool met)
    {
        var lists = new IReadOnlyList<Have>[1 << HaveCount];
        for (var set = 0; set < lists.Length; set++)
        {
            var list = new List<Have>(HaveCount);
            for (var h = 0; h < HaveCount; h++)
            {
                if (((set >> h) & 1) == (met ? 1 : 0))
                {
                    list.Add((Have)h);
                }
            }

            lists[set] = new ReadOnlyCollection<Have>([.. list]);
        }

        return lists;
    }
}
