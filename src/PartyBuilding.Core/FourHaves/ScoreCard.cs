using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// A validated policy laid out for the hot path: compiled into one method where the runtime compiles code
/// (<see cref="ScoreCardCompiler"/>), otherwise read as data from arrays, with the grade of every total tabulated.
/// </summary>
internal sealed class ScoreCard
{
    private const int HaveCount = 4;

    /// <summary>The haves met, for each of the 16 sets (bit i = have i), shared by every assessment.</summary>
    internal static readonly IReadOnlyList<Have>[] MetLists = BuildLists(met: true);

    /// <summary>The haves not met, for each of the 16 sets.</summary>
    internal static readonly IReadOnlyList<Have>[] UnmetLists = BuildLists(met: false);

    private static readonly string[] HaveNameKeys = [.. Enum.GetValues<Have>().Select(h => "FH.NAME." + h.ToString().ToUpperInvariant())];
    private static readonly string[] GradeNameKeys = [.. Enum.GetValues<Grade>().Select(g => "FH.NAME." + g.ToString().ToUpperInvariant())];

    private readonly Have[] haves;
    private readonly IndicatorRule[] rules;
    private readonly LinearStep[] linear;
    private readonly int[] haveEnds = new int[HaveCount];
    private readonly ShareStep[] shares;
    private readonly Band[] bands;
    private readonly int[] vetoFacts;
    private readonly Grade[] vetoCaps;
    private readonly string[] keys;
    private readonly int[] maxima = new int[HaveCount];
    private readonly int[] minimumToMeet = new int[HaveCount];
    private const int MaxTabulatedTotal = 10_000;
    private readonly Grade[]? gradeOfTotal;
    private readonly GradeBand[] gradeBands;
    private readonly VetoItem[] vetoes;
    private readonly Func<EnterpriseProfile, FourHavesAssessment>? compiled;

    /// <summary>Lays out <paramref name="policy"/> (validated) and, where the runtime compiles code, compiles it.</summary>
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

        // The grade of every total, looked up by index; a host table on a very large scale is searched instead.
        gradeBands = [.. policy.GradeBands];
        if (policy.TotalMaximum <= MaxTabulatedTotal)
        {
            gradeOfTotal = new Grade[policy.TotalMaximum + 1];
            foreach (var band in gradeBands)
            {
                for (var total = band.MinimumTotal; total <= band.MaximumTotal; total++)
                {
                    gradeOfTotal[total] = band.Grade;
                }
            }
        }

        vetoes = [.. policy.Vetoes];
        vetoFacts = [.. vetoes.Select(v => (int)v.Fact)];
        vetoCaps = [.. vetoes.Select(v => v.CapsGradeAt)];

        // The rules laid out as plain structs, so that the hot loop has no virtual call, no list access and
        // (for flags, counts and absences) no data-dependent branch: each is base + sign × min(value × per, cap),
        // which holds because facts are never negative.
        var linearList = new List<LinearStep>();
        var shareList = new List<ShareStep>();
        var bandList = new List<Band>();
        for (var i = 0; i < rules.Length; i++)
        {
            var have = (int)haves[i];
            switch (rules[i])
            {
                case FlagRule f:
                    linearList.Add(new LinearStep(have, (int)f.Fact, f.Points, f.Points, 0, 1));
                    break;
                case CountRule c:
                    linearList.Add(new LinearStep(have, (int)c.Fact, c.PointsPerUnit, c.Cap, 0, 1));
                    break;
                case AbsenceRule a:
                    linearList.Add(new LinearStep(have, (int)a.Fact, a.Points, a.Points, a.Points, -1));
                    break;
                case ShareRule r:
                    shareList.Add(new ShareStep(have, (int)r.Part, (int)r.Whole, r.PointsWhenWholeIsZero, bandList.Count, r.Bands.Count));
                    bandList.AddRange(r.Bands.Select(band => new Band(band.Threshold, band.Points)));
                    break;
                default:
                    throw new InvalidOperationException("Unknown indicator rule kind.");
            }
        }

        // Ordered by have, so that each have is summed in a register (see haveEnds).
        linear = [.. linearList.OrderBy(step => step.Have)];
        for (var h = 0; h < HaveCount; h++)
        {
            haveEnds[h] = linear.Count(step => step.Have <= h);
        }

        shares = [.. shareList];
        bands = [.. bandList];
        compiled = compile && ScoreCardCompiler.IsSupported ? ScoreCardCompiler.Compile(this, minimumToMeet) : null;
    }

    public FourHavesPolicy Policy { get; }

    /// <summary>Whether assessments run the compiled table rather than reading it as data.</summary>
    public bool IsCompiled => compiled is not null;

    public int MinimumToMeet(Have have) => minimumToMeet[(int)have];

    public int MaximumOf(Have have) => maxima[(int)have];

    /// <summary>Assesses a validated profile with the compiled table when there is one.</summary>
    public FourHavesAssessment Assess(EnterpriseProfile enterprise) => compiled is { } assess ? assess(enterprise) : Interpret(enterprise);

    /// <summary>Assesses a validated profile by reading the table as data.</summary>
    public FourHavesAssessment Interpret(EnterpriseProfile enterprise)
    {
        Span<int> facts = stackalloc int[EnterpriseProfile.FactCount];
        enterprise.CopyFactsTo(facts);
        Span<int> scores = stackalloc int[HaveCount];
        unchecked
        {
            // Products of a non-negative int and an int stay below 2^62: no overflow in 64 bits.
            var steps = linear;
            var start = 0;
            for (var h = 0; h < HaveCount; h++)
            {
                var end = haveEnds[h];
                var sum = 0;
                for (var i = start; i < end; i++)
                {
                    ref readonly var step = ref steps[i];
                    sum += step.Base + (step.Sign * (int)Math.Min(facts[step.Fact] * step.PerUnit, step.Cap));
                }

                scores[h] = sum;
                start = end;
            }

            var shareSteps = shares;
            for (var i = 0; i < shareSteps.Length; i++)
            {
                ref readonly var share = ref shareSteps[i];
                var part = facts[share.Part];
                var whole = facts[share.Whole];
                var points = 0;
                for (var b = share.BandStart; b < share.BandStart + share.BandCount; b++)
                {
                    ref readonly var band = ref bands[b];
                    points = Math.Max(points, whole != 0 && band.IsMetBy(part, whole) ? band.Points : 0);
                }

                scores[share.Have] += whole == 0 ? share.PointsWhenWholeIsZero : points;
            }
        }

        var met = 0;
        for (var h = 0; h < HaveCount; h++)
        {
            met |= (scores[h] >= minimumToMeet[h] ? 1 : 0) << h;
        }

        var total = scores[0] + scores[1] + scores[2] + scores[3];
        var uncapped = gradeOfTotal is not null ? gradeOfTotal[total] : GradeOf(total);
        var grade = uncapped;
        var vetoed = false;
        for (var v = 0; v < vetoFacts.Length; v++)
        {
            if (facts[vetoFacts[v]] > 0)
            {
                vetoed = true;
                if (vetoCaps[v] < grade)
                {
                    grade = vetoCaps[v];
                }
            }
        }

        return new FourHavesAssessment(enterprise, this, new HaveScores(scores[0], scores[1], scores[2], scores[3]), (byte)met, uncapped, grade, vetoed, CultureInfo.CurrentUICulture);
    }

    private Grade GradeOf(int total)
    {
        foreach (var band in gradeBands)
        {
            if (total >= band.MinimumTotal && total <= band.MaximumTotal)
            {
                return band.Grade;
            }
        }

        throw new InvalidOperationException("The validated grade bands cover every total.");
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

    internal static Reason Make(CultureInfo culture, string code, params object?[] arguments) =>
        new(code, MessageCatalog.FormatIn(culture, code, arguments));

    internal static string HaveName(Have have, CultureInfo culture) => MessageCatalog.Get(HaveNameKeys[(int)have], culture);

    internal static string GradeName(Grade grade, CultureInfo culture) => MessageCatalog.Get(GradeNameKeys[(int)grade], culture);

    /// <summary>A flag, count or absence rule: base + sign × min(value × per unit, cap).</summary>
    private readonly record struct LinearStep(int Have, int Fact, long PerUnit, long Cap, int Base, int Sign);

    /// <summary>A share rule: its facts, its points when the whole is zero, and its bands in <see cref="bands"/>.</summary>
    private readonly record struct ShareStep(int Have, int Part, int Whole, int PointsWhenWholeIsZero, int BandStart, int BandCount);

    /// <summary>One share band with its bound in 64-bit figures when they are small enough for an exact 64-bit comparison.</summary>
    private readonly struct Band
    {
        private readonly RatioThreshold threshold;
        private readonly long numerator;
        private readonly long denominator;
        private readonly bool small;
        private readonly bool inclusive;

        public Band(RatioThreshold threshold, int points)
        {
            this.threshold = threshold;
            Points = points;
            numerator = threshold.Value.Numerator;
            denominator = threshold.Value.Denominator;
            inclusive = threshold.Inclusive;
            small = numerator <= int.MaxValue && denominator <= int.MaxValue;
        }

        public int Points { get; }

        /// <summary>part × d against n × whole; both products stay below 2^62 when n and d fit in 32 bits.</summary>
        public bool IsMetBy(int part, int whole)
        {
            if (!small)
            {
                return threshold.IsMetBy(part, whole);
            }

            var left = unchecked(part * denominator);
            var right = unchecked(numerator * whole);
            return (left > right) | (inclusive & (left == right));
        }
    }

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
