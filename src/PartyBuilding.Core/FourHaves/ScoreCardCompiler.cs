using System.Globalization;
using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// Compiles a validated scorecard into one method per policy. The table stays data that hosts publish and
/// the validator checks; the compiled method has the table's points, caps, share bounds, met thresholds,
/// grade bands and veto items as constants, so an assessment costs about what code with the table written
/// into it costs. It computes exactly what <see cref="ScoreCard"/> computes when it reads the table as
/// data, which is what runs where the runtime cannot compile code (native AOT) and what the tests hold the
/// compiled method to.
/// </summary>
internal static class ScoreCardCompiler
{
    private static readonly ConstructorInfo AssessmentConstructor = typeof(FourHavesAssessment).GetConstructor(
        BindingFlags.Instance | BindingFlags.NonPublic,
        [typeof(EnterpriseProfile), typeof(ScoreCard), typeof(HaveScores), typeof(byte), typeof(Grade), typeof(Grade), typeof(bool), typeof(CultureInfo)])
        ?? throw new InvalidOperationException("The assessment constructor is missing.");

    private static readonly ConstructorInfo ScoresConstructor = typeof(HaveScores).GetConstructor([typeof(int), typeof(int), typeof(int), typeof(int)])
        ?? throw new InvalidOperationException("The scores constructor is missing.");

    private static readonly PropertyInfo CurrentUICulture = typeof(CultureInfo).GetProperty(nameof(CultureInfo.CurrentUICulture))
        ?? throw new InvalidOperationException("CultureInfo.CurrentUICulture is missing.");

    private static readonly MethodInfo PopCount = typeof(BitOperations).GetMethod(nameof(BitOperations.PopCount), [typeof(uint)])
        ?? throw new InvalidOperationException("BitOperations.PopCount(uint) is missing.");

    private static readonly MethodInfo ThresholdIsMetBy = typeof(RatioThreshold).GetMethod(nameof(RatioThreshold.IsMetBy), [typeof(long), typeof(long)])
        ?? throw new InvalidOperationException("RatioThreshold.IsMetBy(long, long) is missing.");

    /// <summary>Whether this runtime compiles dynamic code to machine code (not so under native AOT, where it would only be interpreted).</summary>
    public static bool IsSupported => RuntimeFeature.IsDynamicCodeSupported && RuntimeFeature.IsDynamicCodeCompiled;

    /// <summary>The compiled assessment of <paramref name="card"/>'s policy.</summary>
    /// <param name="card">The scorecard the assessments refer to (for their reasons).</param>
    /// <param name="minimumToMeet">The fewest points that meet each have, indexed by <see cref="Have"/>.</param>
    public static Func<EnterpriseProfile, FourHavesAssessment> Compile(ScoreCard card, IReadOnlyList<int> minimumToMeet)
    {
        var policy = card.Policy;
        var enterprise = Expression.Parameter(typeof(EnterpriseProfile), "enterprise");
        var variables = new List<ParameterExpression>();
        var body = new List<Expression>();

        // Each fact the table reads is read once, into a local.
        var facts = new Dictionary<EnterpriseFact, ParameterExpression>();
        Expression Fact(EnterpriseFact fact)
        {
            if (!facts.TryGetValue(fact, out var local))
            {
                local = Expression.Variable(typeof(int), fact.ToString());
                variables.Add(local);
                body.Add(Expression.Assign(local, Read(enterprise, fact)));
                facts.Add(fact, local);
            }

            return local;
        }

        var scores = new ParameterExpression[ScoreCard.HaveCount];
        for (var h = 0; h < scores.Length; h++)
        {
            Expression sum = Expression.Constant(0);
            var any = false;
            foreach (var indicator in policy.Indicators)
            {
                if ((int)indicator.Have == h)
                {
                    var points = Points(indicator.Rule, Fact);
                    sum = any ? Expression.Add(sum, points) : points;
                    any = true;
                }
            }

            scores[h] = Expression.Variable(typeof(int), ((Have)h).ToString());
            variables.Add(scores[h]);
            body.Add(Expression.Assign(scores[h], sum));
        }

        // Bit h is set when have h is met.
        Expression met = Expression.Constant(0);
        for (var h = 0; h < scores.Length; h++)
        {
            var bit = Expression.Condition(Expression.GreaterThanOrEqual(scores[h], Expression.Constant(minimumToMeet[h])), Expression.Constant(1 << h), Expression.Constant(0));
            met = h == 0 ? bit : Expression.Or(met, bit);
        }

        var total = Expression.Variable(typeof(int), "total");
        variables.Add(total);
        body.Add(Expression.Assign(total, Expression.Add(Expression.Add(scores[0], scores[1]), Expression.Add(scores[2], scores[3]))));

        // The validated bands cover 0 to the total maximum without gap, so the highest band whose minimum
        // the total reaches is its band; totals never exceed the maximum.
        var bands = policy.GradeBands.OrderBy(b => b.MinimumTotal).ToArray();
        Expression gradeOfTotal = Expression.Constant((int)bands[0].Grade);
        for (var i = 1; i < bands.Length; i++)
        {
            gradeOfTotal = Expression.Condition(Expression.GreaterThanOrEqual(total, Expression.Constant(bands[i].MinimumTotal)), Expression.Constant((int)bands[i].Grade), gradeOfTotal);
        }

        var uncapped = Expression.Variable(typeof(int), "uncapped");
        var grade = Expression.Variable(typeof(int), "grade");
        var vetoed = Expression.Variable(typeof(bool), "vetoed");
        variables.AddRange([uncapped, grade, vetoed]);
        body.Add(Expression.Assign(uncapped, gradeOfTotal));
        body.Add(Expression.Assign(grade, uncapped));
        body.Add(Expression.Assign(vetoed, Expression.Constant(false)));
        foreach (var veto in policy.Vetoes)
        {
            var applies = Expression.GreaterThan(Fact(veto.Fact), Expression.Constant(0));
            var cap = Expression.Constant((int)veto.CapsGradeAt);
            body.Add(Expression.Assign(vetoed, Expression.Or(vetoed, applies)));
            body.Add(Expression.Assign(grade, Expression.Condition(Expression.AndAlso(applies, Expression.LessThan(cap, grade)), cap, grade)));
        }

        body.Add(Expression.New(
            AssessmentConstructor,
            enterprise,
            Expression.Constant(card),
            Expression.New(ScoresConstructor, scores),
            Expression.Convert(met, typeof(byte)),
            Expression.Convert(uncapped, typeof(Grade)),
            Expression.Convert(grade, typeof(Grade)),
            vetoed,
            Expression.Property(null, CurrentUICulture)));

        var lambda = Expression.Lambda<Func<EnterpriseProfile, FourHavesAssessment>>(Expression.Block(variables, body), "AssessCompiled", [enterprise]);
        return lambda.Compile(preferInterpretation: false);
    }

    /// <summary>The points of one rule, in the same figures as the rule's own <see cref="IndicatorRule.PointsFor"/>.</summary>
    private static ConditionalExpression Points(IndicatorRule rule, Func<EnterpriseFact, Expression> fact) => rule switch
    {
        FlagRule flag => Expression.Condition(Expression.GreaterThan(fact(flag.Fact), Expression.Constant(0)), Expression.Constant(flag.Points), Expression.Constant(0)),
        AbsenceRule absence => Expression.Condition(Expression.Equal(fact(absence.Fact), Expression.Constant(0)), Expression.Constant(absence.Points), Expression.Constant(0)),

        // Up to ⌊cap ÷ per⌋ units, units × per ≤ cap fits in an int; from one more unit on, the cap applies.
        CountRule count => Expression.Condition(
            Expression.GreaterThan(fact(count.Fact), Expression.Constant(count.Cap / count.PointsPerUnit)),
            Expression.Constant(count.Cap),
            Expression.Multiply(fact(count.Fact), Expression.Constant(count.PointsPerUnit))),
        ShareRule share => Share(share, fact(share.Part), fact(share.Whole)),
        _ => throw new InvalidOperationException("Unknown indicator rule kind."),
    };

    /// <summary>The most points among the bands the share meets (tested from the most points down), or the points for a zero whole.</summary>
    private static ConditionalExpression Share(ShareRule share, Expression part, Expression whole)
    {
        Expression points = Expression.Constant(0);
        foreach (var band in share.Bands.OrderBy(b => b.Points))
        {
            points = Expression.Condition(Met(band.Threshold, part, whole), Expression.Constant(band.Points), points);
        }

        return Expression.Condition(Expression.Equal(whole, Expression.Constant(0)), Expression.Constant(share.PointsWhenWholeIsZero), points);
    }

    /// <summary>part ÷ whole against n/d as part × d against n × whole: exact in 64 bits when n and d fit in 32 bits (facts are ints, never negative).</summary>
    private static Expression Met(RatioThreshold threshold, Expression part, Expression whole)
    {
        var (n, d) = (threshold.Value.Numerator, threshold.Value.Denominator);
        var longPart = Expression.Convert(part, typeof(long));
        var longWhole = Expression.Convert(whole, typeof(long));
        if (n > int.MaxValue || d > int.MaxValue)
        {
            return Expression.Call(Expression.Constant(threshold), ThresholdIsMetBy, longPart, longWhole);
        }

        var left = Expression.Multiply(longPart, Expression.Constant(d));
        var right = Expression.Multiply(Expression.Constant(n), longWhole);
        return threshold.Inclusive ? Expression.GreaterThanOrEqual(left, right) : Expression.GreaterThan(left, right);
    }

    /// <summary>The value of <paramref name="fact"/> as <see cref="EnterpriseProfile.ValueOf"/> reads it.</summary>
    private static Expression Read(ParameterExpression enterprise, EnterpriseFact fact)
    {
        Expression Property(string name) => Expression.Property(enterprise, typeof(EnterpriseProfile).GetProperty(name)!);
        Expression Flag(string name) => Expression.Condition(Property(name), Expression.Constant(1), Expression.Constant(0));
        return fact switch
        {
            EnterpriseFact.FullMembers => Property(nameof(EnterpriseProfile.FullMembers)),
            EnterpriseFact.ProbationaryMembers => Property(nameof(EnterpriseProfile.ProbationaryMembers)),
            EnterpriseFact.TakesPartInDecisions => Flag(nameof(EnterpriseProfile.TakesPartInDecisions)),
            EnterpriseFact.BranchLedByManagement => Flag(nameof(EnterpriseProfile.BranchLedByManagement)),
            EnterpriseFact.MembersInManagement => Property(nameof(EnterpriseProfile.MembersInManagement)),
            EnterpriseFact.IdeasCollected => Property(nameof(EnterpriseProfile.IdeasCollected)),
            EnterpriseFact.IdeasAdopted => Property(nameof(EnterpriseProfile.IdeasAdopted)),
            EnterpriseFact.MembersInKeyPosts => Property(nameof(EnterpriseProfile.MembersInKeyPosts)),
            EnterpriseFact.TechnicalAchievements => Property(nameof(EnterpriseProfile.TechnicalAchievements)),
            EnterpriseFact.PioneerPosts => Property(nameof(EnterpriseProfile.PioneerPosts)),
            EnterpriseFact.UnionEstablished => Flag(nameof(EnterpriseProfile.UnionEstablished)),
            EnterpriseFact.LeagueEstablished => Flag(nameof(EnterpriseProfile.LeagueEstablished)),
            EnterpriseFact.ActivitiesHeld => Property(nameof(EnterpriseProfile.ActivitiesHeld)),
            EnterpriseFact.LeagueMembersAndYoungWorkers => Property(nameof(EnterpriseProfile.LeagueMembersAndYoungWorkers)),
            EnterpriseFact.MembershipApplicants => Property(nameof(EnterpriseProfile.MembershipApplicants)),
            EnterpriseFact.ComplianceAreasChecked => Expression.Convert(
                Expression.Call(PopCount, Expression.Convert(Expression.And(Expression.Convert(Property(nameof(EnterpriseProfile.ComplianceChecks)), typeof(int)), Expression.Constant((int)ComplianceArea.All)), typeof(uint))),
                typeof(int)),
            EnterpriseFact.ViolationsFound => Property(nameof(EnterpriseProfile.ViolationsFound)),
            EnterpriseFact.ViolationsReported => Property(nameof(EnterpriseProfile.ViolationsReported)),
            EnterpriseFact.ViolationsResolved => Property(nameof(EnterpriseProfile.ViolationsResolved)),
            EnterpriseFact.SeriousViolationsUnresolved => Property(nameof(EnterpriseProfile.SeriousViolationsUnresolved)),
            _ => throw new InvalidOperationException("Unknown enterprise fact."),
        };
    }
}
