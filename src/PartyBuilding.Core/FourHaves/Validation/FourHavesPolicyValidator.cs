using FluentValidation;
using NodaTime;

namespace PartyBuilding.Core.FourHaves.Validation;

/// <summary>
/// Refuses an inconsistent four-haves policy: indicators missing, malformed or duplicated; a fact scored for
/// the enterprise in one indicator and against it in another; indicators of a have that do not add up to its
/// maximum; have maxima that do not add up to the total; a met threshold outside (0, 1]; grade bands with a
/// gap, an overlap, a missing or repeated grade or out of order; veto items malformed or duplicated; coverage
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
        var signatures = new HashSet<(Have, Type, EnterpriseFact, EnterpriseFact)>();
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

            var (part, whole) = FactsOf(indicator.Rule);
            var factsDefined = Enum.IsDefined(part) && Enum.IsDefined(whole);
            if (!factsDefined)
            {
                yield return Failures.Of(property + ".Rule", FourHavesErrorCodes.PolicyEnumUndefined, indicator.Rule, Enum.IsDefined(part) ? whole : part);
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
            .Select(r => FactsOf(r).Part)
            .ToHashSet();
        foreach (var (i, indicator) in readable)
        {
            EnterpriseFact? against = indicator.Rule switch
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

    private static (EnterpriseFact Part, EnterpriseFact Whole) FactsOf(IndicatorRule rule) => rule switch
    {
        FlagRule flag => (flag.Fact, flag.Fact),
        CountRule count => (count.Fact, count.Fact),
        ShareRule share => (share.Part, share.Whole),
        AbsenceRule absence => (absence.Fact, absence.Fact),
        _ => throw new InvalidOperationException("Unknown indicator rule kind."),
    };

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
        if (bands is null || bands.Count != grades.Length || bands.Any(b => b is null))
        {
            yield return Failures.Of(name, FourHavesErrorCodes.PolicyGradeBandsInvalid, bands?.Count, grades.Length, totalMaximum);
            yield break;
        }

        // Bands are listed from the lowest grade up, each grade once.
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var property = $"{name}[{i}]";
            if (band.Grade != grades[i] || band.MinimumTotal > band.MaximumTotal)
            {
                yield return Failures.Of(property, FourHavesErrorCodes.PolicyGradeBandsInvalid, band, grades.Length, totalMaximum);
            }
        }

        if (bands[0].MinimumTotal != 0 || bands[^1].MaximumTotal != totalMaximum)
        {
            yield return Failures.Of(name, FourHavesErrorCodes.PolicyGradeBandsInvalid, bands, grades.Length, totalMaximum);
        }

        for (var i = 1; i < bands.Count; i++)
        {
            var below = bands[i - 1];
            var above = bands[i];
            var property = $"{name}[{i}]";
            if (above.MinimumTotal > (long)below.MaximumTotal + 1)
            {
                yield return Failures.Of(property, FourHavesErrorCodes.PolicyGradeBandsGap, above, below.Grade, above.Grade, (long)below.MaximumTotal + 1, (long)above.MinimumTotal - 1);
            }
            else if (above.MinimumTotal <= below.MaximumTotal)
            {
                yield return Failures.Of(property, FourHavesErrorCodes.PolicyGradeBandsOverlap, above, below.Grade, above.Grade, above.MinimumTotal, below.MaximumTotal);
            }
        }
    }

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
            else if (!Enum.IsDefined(veto.Fact) || !Enum.IsDefined(veto.CapsGradeAt))
            {
                yield return Failures.Of(property, FourHavesErrorCodes.PolicyEnumUndefined, veto, Enum.IsDefined(veto.Fact) ? veto.CapsGradeAt : veto.Fact);
            }
        }
    }
}
