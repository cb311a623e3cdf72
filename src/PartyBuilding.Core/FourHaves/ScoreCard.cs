using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// A validated policy ready to assess and explain: the points that meet each have, and one way to assess —
/// the table compiled into one method where the runtime compiles code (<see cref="ScoreCardCompiler"/>),
/// otherwise read as data (<see cref="ScoreCardInterpreter"/>).
/// </summary>
internal sealed class ScoreCard
{
    internal const int HaveCount = 4;

    /// <summary>The haves met, for each of the 16 sets (bit i = have i), shared by every assessment.</summary>
    internal static readonly IReadOnlyList<Have>[] MetLists = BuildLists(met: true);

    /// <summary>The haves not met, for each of the 16 sets.</summary>
    internal static readonly IReadOnlyList<Have>[] UnmetLists = BuildLists(met: false);

    private static readonly string[] HaveNameKeys = [.. Enum.GetValues<Have>().Select(h => "FH.NAME." + h.ToString().ToUpperInvariant())];
    private static readonly string[] GradeNameKeys = [.. Enum.GetValues<Grade>().Select(g => "FH.NAME." + g.ToString().ToUpperInvariant())];

    private readonly Have[] haves;
    private readonly IndicatorRule[] rules;
    private readonly string[] keys;
    private readonly int[] maxima = new int[HaveCount];
    private readonly int[] minimumToMeet = new int[HaveCount];
    private readonly VetoItem[] vetoes;
    private readonly Func<EnterpriseProfile, FourHavesAssessment> assess;

    /// <summary>Prepares <paramref name="policy"/> (validated) and, where the runtime compiles code, compiles it.</summary>
    /// <param name="policy">A policy the validator accepts.</param>
    /// <param name="compile">Whether to compile the table when the runtime can; false reads the table as data (tests compare the two).</param>
    public ScoreCard(FourHavesPolicy policy, bool compile = true)
    {
        Policy = policy;
        haves = [.. policy.Indicators.Select(i => i.Have)];
        rules = [.. policy.Indicators.Select(i => i.Rule)];
        keys = [.. policy.Indicators.Select(i => i.Key)];
        for (var h = 0; h < HaveCount; h++)
        {
            var max = policy.MaximumOf((Have)h);
            maxima[h] = max;

            // The fewest whole points s with s/max meeting n/d: ⌈n·max/d⌉ when inclusive, ⌊n·max/d⌋ + 1 when not.
            var threshold = policy.MetThreshold;
            var product = (Int128)threshold.Value.Numerator * max;
            var quotient = product / threshold.Value.Denominator;
            var exact = product % threshold.Value.Denominator == 0;
            var least = threshold.Inclusive ? (exact ? quotient : quotient + 1) : quotient + 1;
            minimumToMeet[h] = (int)Int128.Min(least, (Int128)max + 1);
            Debug.Assert(least > max || threshold.IsMetBy((long)least, max), "the least points meet the threshold");
            Debug.Assert(least == 0 || !threshold.IsMetBy((long)(least - 1), max), "one point fewer does not");
        }

        vetoes = [.. policy.Vetoes];
        IsCompiled = compile && ScoreCardCompiler.IsSupported;
        assess = IsCompiled ? ScoreCardCompiler.Compile(this, minimumToMeet) : new ScoreCardInterpreter(this, minimumToMeet).Assess;
    }

    public FourHavesPolicy Policy { get; }

    /// <summary>Whether assessments run the compiled table rather than reading it as data.</summary>
    public bool IsCompiled { get; }

    public int MinimumToMeet(Have have) => minimumToMeet[(int)have];

    public int MaximumOf(Have have) => maxima[(int)have];

    /// <summary>Assesses a validated profile, with the compiled table or by reading it as data.</summary>
    public FourHavesAssessment Assess(EnterpriseProfile enterprise) => assess(enterprise);

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

    internal static Reason Make(CultureInfo culture, string code, params object?[] arguments) =>
        new(code, MessageCatalog.FormatIn(culture, code, arguments));

    internal static string HaveName(Have have, CultureInfo culture) => MessageCatalog.Get(HaveNameKeys[(int)have], culture);

    internal static string GradeName(Grade grade, CultureInfo culture) => MessageCatalog.Get(GradeNameKeys[(int)grade], culture);

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
