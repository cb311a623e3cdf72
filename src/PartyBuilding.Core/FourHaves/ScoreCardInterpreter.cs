using System.Globalization;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// Reads a validated table as data, for runtimes that cannot compile code (native AOT): the rules laid out
/// as plain structs in arrays, the grade of every total tabulated. Computes exactly what
/// <see cref="ScoreCardCompiler"/> compiles; the tests hold the two to each other.
/// </summary>
internal sealed class ScoreCardInterpreter
{
    private const int HaveCount = ScoreCard.HaveCount;
    private const int MaxTabulatedTotal = 10_000;

    private readonly ScoreCard card;
    private readonly IReadOnlyList<int> minimumToMeet;
    private readonly LinearStep[] linear;
    private readonly int[] haveEnds = new int[HaveCount];
    private readonly ShareStep[] shares;
    private readonly Band[] bands;
    private readonly EnterpriseFact[] vetoFacts;
    private readonly Grade[] vetoCaps;
    private readonly Grade[]? gradeOfTotal;
    private readonly GradeBand[] gradeBands;

    /// <summary>Lays out <paramref name="card"/>'s policy.</summary>
    /// <param name="card">The scorecard the assessments refer to (for their reasons).</param>
    /// <param name="minimumToMeet">The fewest points that meet each have, indexed by <see cref="Have"/>.</param>
    public ScoreCardInterpreter(ScoreCard card, IReadOnlyList<int> minimumToMeet)
    {
        this.card = card;
        this.minimumToMeet = minimumToMeet;
        var policy = card.Policy;

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

        vetoFacts = [.. policy.Vetoes.Select(v => v.Fact)];
        vetoCaps = [.. policy.Vetoes.Select(v => v.CapsGradeAt)];

        // The rules laid out as plain structs, so that the hot loop has no virtual call, no list access and
        // (for flags, counts and absences) no data-dependent branch: each is base + sign × min(value × per, cap),
        // which holds because facts are never negative.
        var linearList = new List<LinearStep>();
        var shareList = new List<ShareStep>();
        var bandList = new List<Band>();
        foreach (var indicator in policy.Indicators)
        {
            var have = (int)indicator.Have;
            switch (indicator.Rule)
            {
                case FlagRule f:
                    linearList.Add(new LinearStep(have, f.Fact, f.Points, f.Points, 0, 1));
                    break;
                case CountRule c:
                    linearList.Add(new LinearStep(have, c.Fact, c.PointsPerUnit, c.Cap, 0, 1));
                    break;
                case AbsenceRule a:
                    linearList.Add(new LinearStep(have, a.Fact, a.Points, a.Points, a.Points, -1));
                    break;
                case ShareRule r:
                    shareList.Add(new ShareStep(have, r.Part, r.Whole, r.PointsWhenWholeIsZero, bandList.Count, r.Bands.Count));
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
    }

    /// <summary>Assesses a validated profile by reading the table as data.</summary>
    public FourHavesAssessment Assess(EnterpriseProfile enterprise)
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
                    sum += step.Base + (step.Sign * (int)Math.Min(facts[(int)step.Fact] * step.PerUnit, step.Cap));
                }

                scores[h] = sum;
                start = end;
            }

            var shareSteps = shares;
            for (var i = 0; i < shareSteps.Length; i++)
            {
                ref readonly var share = ref shareSteps[i];
                var part = facts[(int)share.Part];
                var whole = facts[(int)share.Whole];
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
            if (facts[(int)vetoFacts[v]] > 0)
            {
                vetoed = true;
                if (vetoCaps[v] < grade)
                {
                    grade = vetoCaps[v];
                }
            }
        }

        return new FourHavesAssessment(enterprise, card, new HaveScores(scores[0], scores[1], scores[2], scores[3]), (byte)met, uncapped, grade, vetoed, CultureInfo.CurrentUICulture);
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

    /// <summary>A flag, count or absence rule: base + sign × min(value × per unit, cap).</summary>
    private readonly record struct LinearStep(int Have, EnterpriseFact Fact, long PerUnit, long Cap, int Base, int Sign);

    /// <summary>A share rule: its facts, its points when the whole is zero, and its bands in <see cref="bands"/>.</summary>
    private readonly record struct ShareStep(int Have, EnterpriseFact Part, EnterpriseFact Whole, int PointsWhenWholeIsZero, int BandStart, int BandCount);

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
}
