using FluentValidation;
using NodaTime;

namespace PartyBuilding.Core.FourHaves.Validation;

/// <summary>
/// Refuses an inconsistent four-haves policy: indicators missing, malformed or duplicated; a fact scored for
/// the enterprise in one indicator and against it in another; indicators of a have that do not add up to its
/// maximum; have maxima that do not add up to the total; a met threshold outside (0, 1]; a fact key that is
/// empty, malformed or an undefined built-in fact; grade bands (in any order) that, ordered by their totals, leave a
/// gap, overlap, miss a grade or give a higher total a lower grade, or whose keys are empty, repeated or missing
/// where bands share a grade; veto items malformed, duplicated or with a figure below 1; coverage
/// figures, the count of costliest indicators or the cycle not positive. Every failure is listed.
/// </summary>
public sealed class FourHavesPolicyValidator : AbstractValidator<FourHavesPolicy>
{
    private static readonly Have[] AllHaves = Enum.GetValues<Have>();

    /// <summary>Creates the validator.</summary>
    public FourHavesPolicyValidator()
    {
        RuleFor(p => p.MinimumFullMembers).GreaterThan(0).WithCode(FourHavesErrorCodes.PolicyNotPositive);
        RuleFor(p => p.MaxUnitsPerJointBranch).GreaterThan(1).WithCode(FourHavesErrorCodes.PolicyNotPositive);
        RuleFor(p => p.CostliestIndicatorsReported).GreaterThan(0).WithCode(FourHavesErrorCodes.PolicyNotPositive);
        RuleFor(p => p.AssessmentCycle).Must(IsPositiveDatePeriod).WithCode(FourHavesErrorCodes.PolicyNotPositive);
        RuleFor(p => p.MetThreshold).Must(t => t.Value > Ratio.Zero && IsReachable(t))
            .WithCode(FourHavesErrorCodes.PolicyMetThresholdInvalid);

        RuleFor(p => p).Custom((policy, context) =>
        {
            if (!Enum.IsDefined(policy.ModelMinimumGrade))
            {
                context.AddFailure(Failures.Of(nameof(FourHavesPolicy.ModelMinimumGrade), FourHavesErrorCodes.PolicyEnumUndefined, policy.ModelMinimumGrade, policy.ModelMinimumGrade));
            }

            foreach (var failure in CheckMaxima(policy))
            {
                context.AddFailure(failure);
            }

            foreach (var failure in CheckIndicators(policy.Indicators, policy))
            {
                context.AddFailure(failure);
            }

            foreach (var failure in CheckGradeBands(policy.GradeBands, policy.TotalMaximum))
            {
                context.AddFailure(failure);
            }

            foreach (var failure in CheckVetoes(policy.Vetoes))
            {
                context.AddFailure(failure);
            }
        });
    }

    // A share is at most 1, so "at least 1" can be met and "more than 1" cannot.
    private static bool IsReachable(RatioThreshold threshold) =>
        threshold.Inclusive ? threshold.Value <= Ratio.One : threshold.Value < Ratio.One;

    /// <summary>Whether <paramref name="period"/> is a cycle the policy accepts: dates only, no part negative, not zero.</summary>
    internal static bool IsPositiveDatePeriod(Period? period) =>
        period is not null
        && !period.HasTimeComponent
        && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0
        && !period.Equals(Period.Zero)
        && (period.Years | period.Months | period.Weeks | period.Days) != 0;

    private static IEnumerable<FluentValidation.Results.ValidationFailure> CheckMaxima(FourHavesPolicy policy)
    {
        long sum = 0;
        foreach (var have in AllHaves)
        {
            var max = policy.MaximumOf(have);
            if (max <= 0)
            {
                yield return Failures.Of(have + "Maximum", FourHavesErrorCodes.PolicyTotalMismatch, max, have, max, policy.TotalMaximum);
            }

            sum += max;
        }

        if (sum != policy.TotalMaximum || policy.TotalMaximum <= 0)
        {
            yield return Failures.Of(nameof(FourHavesPolicy.TotalMaximum), FourHavesErrorCodes.PolicyTotalMismatch, policy.TotalMaximum, "Σ", sum, policy.TotalMaximum);
        }
    }

    private static IEnumerable<FluentValidation.Results.ValidationFailure> CheckIndicators(IReadOnlyList<FourHavesIndicator>? indicators, FourHavesPolicy policy)
    {
        const string name = nameof(FourHavesPolicy.Indicators);
        if (indicators is null || indicators.Count == 0)
        {
            yield return Failures.Of(name, FourHavesErrorCodes.PolicyIndicatorInvalid, null, name);
            yield break;
        }

        // Every indicator is checked in full, whatever an earlier one got wrong, so that every failure is listed.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var signatures = new HashSet<(Have, Type, FactKey, FactKey)>();
        var sums = new long[AllHaves.Length];
        var readable = new List<(int Index, FourHavesIndicator Indicator)>();
        for (var i = 0; i < indicators.Count; i++)
        {
            var property = $"{name}[{i}]";
            var indicator = indicators[i];
            if (indicator is null || indicator.Rule is null || string.IsNullOrWhiteSpace(indicator.Key))
            {
                yield return Failures.Of(property, FourHavesErrorCodes.PolicyIndicatorInvalid, indicator?.Key, property);
                continue;
            }

            if (!keys.Add(indicator.Key))
            {
                yield return Failures.Of(property + ".Key", FourHavesErrorCodes.PolicyIndicatorDuplicate, indicator.Key, indicator.Key);
            }

            var haveDefined = Enum.IsDefined(indicator.Have);
            if (!haveDefined)
            {
                yield return Failures.Of(property + ".Have", FourHavesErrorCodes.PolicyEnumUndefined, indicator.Have, indicator.Have);
            }

            var (part, whole) = indicator.Rule.Reads;
            var factsDefined = true;
            (FactKey Fact, string Figure)[] read = indicator.Rule is ShareRule ? [(part, "Part"), (whole, "Whole")] : [(part, "Fact")];
            foreach (var (fact, figure) in read)
            {
                if (FactProblem(fact) is { } code)
                {
                    factsDefined = false;
                    yield return Failures.Of($"{property}.Rule.{figure}", code, fact.Name, fact.Name);
                }
            }

            foreach (var failure in CheckRule(indicator.Rule, property + ".Rule", indicator.Key))
            {
                yield return failure;
            }

            if (haveDefined && factsDefined && !signatures.Add((indicator.Have, indicator.Rule.GetType(), part, whole)))
            {
                yield return Failures.Of(property + ".Rule", FourHavesErrorCodes.PolicyIndicatorDuplicate, indicator.Rule, indicator.Key);
            }

            if (haveDefined)
            {
                sums[(int)indicator.Have] += indicator.Rule.MaxPoints;
            }

            if (factsDefined)
            {
                readable.Add((i, indicator));
            }
        }

        // A fact counts one way only. Scored for the enterprise in one indicator (a flag, a count, the part of a
        // share) and against it in another (an absence, the whole of a share), more of it would raise one and
        // lower the other, and an improvement could lower a score: with "reported ÷ found" and "resolved ÷
        // reported", reporting one more violation would lower the second share.
        var scoredFor = readable
            .Select(x => x.Indicator.Rule)
            .Where(r => r is FlagRule or CountRule || r is ShareRule s && s.Part != s.Whole)
            .Select(r => r.Reads.First)
            .ToHashSet();
        foreach (var (i, indicator) in readable)
        {
            FactKey? against = indicator.Rule switch
            {
                AbsenceRule absence => absence.Fact,
                ShareRule share when share.Part != share.Whole => share.Whole,
                _ => null,
            };
            if (against is { } fact && scoredFor.Contains(fact))
            {
                yield return Failures.Of($"{name}[{i}].Rule", FourHavesErrorCodes.PolicyRuleInvalid, indicator.Rule, indicator.Key);
            }
        }

        foreach (var have in AllHaves)
        {
            if (sums[(int)have] != policy.MaximumOf(have))
            {
                yield return Failures.Of(name, FourHavesErrorCodes.PolicyHaveMaximumMismatch, sums[(int)have], have, sums[(int)have], policy.MaximumOf(have));
            }
        }
    }

    /// <summary>
    /// The code of what is wrong with a fact a rule or veto reads, or null: a number (what an undefined
    /// <see cref="EnterpriseFact"/> converts to) is an undefined fact; an empty or malformed name, or a built-in
    /// name in another case, is an invalid key. A well-formed name that is not built-in is a province's own fact.
    /// </summary>
    private static string? FactProblem(FactKey fact) =>
        fact.IsBuiltIn ? null
        : FactKey.IsNumber(fact.Name) ? FourHavesErrorCodes.PolicyEnumUndefined
        : FactKey.IsProvinceName(fact.Name) ? null
        : FourHavesErrorCodes.PolicyFactKeyInvalid;

    /// <summary>Every defect of one points rule, each named by the figure that is wrong.</summary>
    private static IEnumerable<FluentValidation.Results.ValidationFailure> CheckRule(IndicatorRule rule, string property, string key)
    {
        FluentValidation.Results.ValidationFailure Invalid(string figure) => Failures.Of(property + "." + figure, FourHavesErrorCodes.PolicyRuleInvalid, rule, key);
        switch (rule)
        {
            case FlagRule { Points: <= 0 }:
            case AbsenceRule { Points: <= 0 }:
                yield return Invalid("Points");
                break;
            case CountRule count:
                if (count.PointsPerUnit <= 0)
                {
                    yield return Invalid(nameof(count.PointsPerUnit));
                }

                if (count.Cap < count.PointsPerUnit)
                {
                    yield return Invalid(nameof(count.Cap));
                }

                break;
            case ShareRule share:
                if (share.Part == share.Whole)
                {
                    yield return Invalid(nameof(share.Whole));
                }

                if (share.Bands is not { Count: > 0 })
                {
                    yield return Invalid(nameof(share.Bands));
                    break;
                }

                for (var b = 0; b < share.Bands.Count; b++)
                {
                    if (share.Bands[b] is not { Points: > 0 } band || !IsReachable(band.Threshold))
                    {
                        yield return Invalid($"{nameof(share.Bands)}[{b}]");
                    }
                }

                var best = share.Bands.Max(b => b?.Points ?? 0);
                if (share.PointsWhenWholeIsZero < 0 || share.PointsWhenWholeIsZero > best)
                {
                    yield return Invalid(nameof(share.PointsWhenWholeIsZero));
                }

                break;
        }
    }

    private static IEnumerable<FluentValidation.Results.ValidationFailure> CheckGradeBands(IReadOnlyList<GradeBand>? bands, int totalMaximum)
    {
        const string name = nameof(FourHavesPolicy.GradeBands);
        var grades = Enum.GetValues<Grade>();
        if (bands is null || bands.Count < grades.Length || bands.Any(b => b is null))
        {
            yield return Failures.Of(name, FourHavesErrorCodes.PolicyGradeBandsInvalid, bands?.Count, grades.Length, totalMaximum);
            yield break;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var property = $"{name}[{i}]";
            if (!Enum.IsDefined(band.Grade) || band.MinimumTotal > band.MaximumTotal)
            {
                yield return Failures.Of(property, FourHavesErrorCodes.PolicyGradeBandsInvalid, band, grades.Length, totalMaximum);
            }

            // A key names the band in reasons and in a host's report: given, it is a real name, once.
            if (band.Key is not null && (string.IsNullOrWhiteSpace(band.Key) || !keys.Add(band.Key)))
            {
                yield return Failures.Of(property + ".Key", FourHavesErrorCodes.PolicyGradeBandKeyInvalid, band.Key, band.Key);
            }
            else if (band.Key is null && bands.Count(b => b.Grade == band.Grade) > 1)
            {
                yield return Failures.Of(property + ".Key", FourHavesErrorCodes.PolicyGradeBandKeyInvalid, band.Key, band.Grade);
            }

            if (band.NameEn is { } en && string.IsNullOrWhiteSpace(en))
            {
                yield return Failures.Of(property + ".NameEn", FourHavesErrorCodes.PolicyGradeBandKeyInvalid, en, band.Key ?? band.Grade.ToString());
            }

            if (band.NameZhCn is { } zh && string.IsNullOrWhiteSpace(zh))
            {
                yield return Failures.Of(property + ".NameZhCn", FourHavesErrorCodes.PolicyGradeBandKeyInvalid, zh, band.Key ?? band.Grade.ToString());
            }
        }

        if (grades.Any(g => !bands.Any(b => b.Grade == g)))
        {
            yield return Failures.Of(name, FourHavesErrorCodes.PolicyGradeBandsInvalid, bands, grades.Length, totalMaximum);
        }

        // Any order in the policy: checked, as the engine reads them, ordered by their totals (stable among equals).
        var ordered = bands.Select((band, index) => (Band: band, Index: index)).OrderBy(x => x.Band.MinimumTotal).ThenBy(x => x.Band.MaximumTotal).ToArray();
        if (ordered[0].Band.MinimumTotal != 0 || ordered.Max(x => x.Band.MaximumTotal) != totalMaximum)
        {
            yield return Failures.Of(name, FourHavesErrorCodes.PolicyGradeBandsInvalid, bands, grades.Length, totalMaximum);
        }

        for (var i = 1; i < ordered.Length; i++)
        {
            var below = ordered[i - 1].Band;
            var above = ordered[i].Band;
            var property = $"{name}[{ordered[i].Index}]";
            if (above.MinimumTotal > (long)below.MaximumTotal + 1)
            {
                yield return Failures.Of(property, FourHavesErrorCodes.PolicyGradeBandsGap, above, Label(below), Label(above), (long)below.MaximumTotal + 1, (long)above.MinimumTotal - 1);
            }
            else if (above.MinimumTotal <= below.MaximumTotal)
            {
                yield return Failures.Of(property, FourHavesErrorCodes.PolicyGradeBandsOverlap, above, Label(below), Label(above), above.MinimumTotal, Math.Min(below.MaximumTotal, above.MaximumTotal));
            }

            // A higher total never earns a lower grade (the monotone guarantee).
            if (above.Grade < below.Grade)
            {
                yield return Failures.Of(property, FourHavesErrorCodes.PolicyGradeBandsInvalid, above, grades.Length, totalMaximum);
            }
        }
    }

    // A band in a refusal: its key when it has one, else its grade.
    private static string Label(GradeBand band) => band.Key ?? band.Grade.ToString();

    private static IEnumerable<FluentValidation.Results.ValidationFailure> CheckVetoes(IReadOnlyList<VetoItem>? vetoes)
    {
        const string name = nameof(FourHavesPolicy.Vetoes);
        if (vetoes is null)
        {
            yield return Failures.Of(name, FourHavesErrorCodes.PolicyVetoInvalid, null, name);
            yield break;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < vetoes.Count; i++)
        {
            var property = $"{name}[{i}]";
            var veto = vetoes[i];
            if (veto is null || string.IsNullOrWhiteSpace(veto.Key) || !keys.Add(veto.Key))
            {
                yield return Failures.Of(property, FourHavesErrorCodes.PolicyVetoInvalid, veto?.Key, property);
            }
            else
            {
                if (FactProblem(veto.Fact) is { } code)
                {
                    yield return Failures.Of(property + ".Fact", code, veto.Fact.Name, veto.Fact.Name);
                }

                if (!Enum.IsDefined(veto.CapsGradeAt))
                {
                    yield return Failures.Of(property, FourHavesErrorCodes.PolicyEnumUndefined, veto, veto.CapsGradeAt);
                }

                if (!Enum.IsDefined(veto.Condition))
                {
                    yield return Failures.Of(property + ".Condition", FourHavesErrorCodes.PolicyEnumUndefined, veto.Condition, veto.Condition);
                }
                else if (veto.Condition == VetoCondition.AtOrAbove ? veto.Figure < 1 : veto.Figure != 1)
                {
                    yield return Failures.Of(property + ".Figure", FourHavesErrorCodes.PolicyVetoFigureInvalid, veto.Figure, veto.Key, veto.Figure);
                }
            }
        }
    }
}
