using NodaTime;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Validation;

namespace PartyBuilding.Core.Tests.FourHaves;

public sealed class FourHavesPolicyValidatorTests
{
    private static readonly FourHavesPolicy Default = FourHavesPolicy.Default;
    private readonly FourHavesPolicyValidator validator = new();

    private string[] Codes(FourHavesPolicy policy) => [.. validator.Validate(policy).Errors.Select(e => e.ErrorCode).Distinct()];

    [Fact]
    public void The_default_policy_is_valid() => Assert.Empty(Codes(Default));

    [Fact]
    public void Have_maxima_that_do_not_add_up_to_the_total_are_refused() =>
        Assert.Contains(FourHavesErrorCodes.PolicyTotalMismatch, Codes(Default with { TotalMaximum = 90 }));

    [Fact]
    public void Indicators_that_do_not_add_up_to_their_have_maximum_are_refused()
    {
        var policy = Default with { Indicators = [.. Default.Indicators.Where(i => i.Key != "SEAT.DECISIONS")] };

        var errors = validator.Validate(policy).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(FourHavesErrorCodes.PolicyHaveMaximumMismatch, error.ErrorCode);
    }

    [Fact]
    public void A_duplicated_indicator_key_is_refused()
    {
        var policy = Default with { Indicators = [.. Default.Indicators, Default.Indicators[0] with { Have = Have.Action }] };

        Assert.Contains(FourHavesErrorCodes.PolicyIndicatorDuplicate, Codes(policy));
    }

    [Fact]
    public void The_same_fact_scored_twice_the_same_way_for_a_have_is_refused()
    {
        var policy = Default with { Indicators = [.. Default.Indicators, Default.Indicators[0] with { Key = "SEAT.DECISIONS.AGAIN" }] };

        Assert.Contains(FourHavesErrorCodes.PolicyIndicatorDuplicate, Codes(policy));
    }

    [Fact]
    public void No_indicators_at_all_are_refused()
    {
        Assert.Equal([FourHavesErrorCodes.PolicyIndicatorInvalid], Codes(Default with { Indicators = [] }));
        Assert.Equal([FourHavesErrorCodes.PolicyIndicatorInvalid], Codes(Default with { Indicators = null! }));
        Assert.Equal([FourHavesErrorCodes.PolicyIndicatorInvalid], Codes(Default with { Indicators = [.. Default.Indicators, null!] }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Malformed_rules_are_refused(int which)
    {
        IndicatorRule rule = which switch
        {
            0 => new FlagRule(EnterpriseFact.TakesPartInDecisions, 0),
            1 => new CountRule(EnterpriseFact.IdeasCollected, 2, 1),
            2 => new ShareRule(EnterpriseFact.IdeasAdopted, EnterpriseFact.IdeasAdopted, [new ShareBand(RatioThreshold.AtLeast(1, 2), 4)], 0),
            3 => new ShareRule(EnterpriseFact.IdeasAdopted, EnterpriseFact.IdeasCollected, [new ShareBand(RatioThreshold.MoreThan(1, 1), 4)], 0),
            _ => new ShareRule(EnterpriseFact.IdeasAdopted, EnterpriseFact.IdeasCollected, [], 0),
        };
        var policy = Default with { Indicators = [.. Default.Indicators.Select(i => i.Key == "SEAT.IDEAS_ADOPTED" ? i with { Rule = rule } : i)] };

        Assert.Contains(FourHavesErrorCodes.PolicyRuleInvalid, Codes(policy));
    }

    [Fact]
    public void A_share_whose_whole_earns_points_elsewhere_is_refused()
    {
        var share = new ShareRule(EnterpriseFact.IdeasAdopted, EnterpriseFact.IdeasCollected, [new ShareBand(RatioThreshold.AtLeast(1, 2), 4)], 0);
        var policy = Default with { Indicators = [.. Default.Indicators.Select(i => i.Key == "SEAT.IDEAS_ADOPTED" ? i with { Rule = share } : i)] };

        Assert.Equal([FourHavesErrorCodes.PolicyRuleInvalid], Codes(policy));
    }

    [Fact]
    public void A_share_that_divides_by_the_part_of_another_share_is_refused()
    {
        // "Resolved ÷ reported" beside "reported ÷ found": reporting one more violation would lower the second share.
        var resolvedOfReported = new ShareRule(EnterpriseFact.ViolationsResolved, EnterpriseFact.ViolationsReported, [new ShareBand(RatioThreshold.AtLeast(3, 4), 2), new ShareBand(RatioThreshold.AtLeast(1, 1), 3)], 3);
        var policy = Default with { Indicators = [.. Default.Indicators.Select(i => i.Key == "SUPERVISION.VIOLATIONS_RESOLVED" ? i with { Rule = resolvedOfReported } : i)] };

        var error = Assert.Single(validator.Validate(policy).Errors);

        Assert.Equal(FourHavesErrorCodes.PolicyRuleInvalid, error.ErrorCode);
        Assert.Equal("Indicators[13].Rule", error.PropertyName);
    }

    [Fact]
    public void The_absence_of_a_fact_another_indicator_counts_is_refused()
    {
        var policy = Default with
        {
            Indicators = [.. Default.Indicators.Select(i => i.Key == "SUPERVISION.NO_SERIOUS_UNRESOLVED" ? i with { Rule = new AbsenceRule(EnterpriseFact.PioneerPosts, 4) } : i)],
        };

        Assert.Equal([FourHavesErrorCodes.PolicyRuleInvalid], Codes(policy));
    }

    [Fact]
    public void Every_failure_of_every_indicator_is_listed_not_only_the_first_malformed_rule()
    {
        var conflicting = new ShareRule(EnterpriseFact.ViolationsResolved, EnterpriseFact.ViolationsReported, [new ShareBand(RatioThreshold.AtLeast(1, 1), 3)], 3);
        var badBands = new ShareRule(EnterpriseFact.ViolationsReported, EnterpriseFact.ViolationsFound, [new ShareBand(RatioThreshold.AtLeast(1, 2), 0), new ShareBand(RatioThreshold.MoreThan(1, 1), 3)], 4);
        var policy = Default with
        {
            Indicators = [.. Default.Indicators.Select(i => i.Key switch
            {
                "SEAT.DECISIONS" => i with { Rule = new FlagRule(EnterpriseFact.TakesPartInDecisions, 0) },
                "ACTION.KEY_POSTS" => i with { Have = (Have)9, Rule = new CountRule(EnterpriseFact.MembersInKeyPosts, 0, -1) },
                "SUPERVISION.VIOLATIONS_REPORTED" => i with { Rule = badBands },
                "SUPERVISION.VIOLATIONS_RESOLVED" => i with { Rule = conflicting },
                _ => i,
            })],
        };

        var errors = validator.Validate(policy).Errors.Select(e => (e.PropertyName, e.ErrorCode)).ToArray();

        Assert.Equal(
            [
                ("Indicators[0].Rule.Points", FourHavesErrorCodes.PolicyRuleInvalid),
                ("Indicators[4].Have", FourHavesErrorCodes.PolicyEnumUndefined),
                ("Indicators[4].Rule.PointsPerUnit", FourHavesErrorCodes.PolicyRuleInvalid),
                ("Indicators[4].Rule.Cap", FourHavesErrorCodes.PolicyRuleInvalid),
                ("Indicators[12].Rule.Bands[0]", FourHavesErrorCodes.PolicyRuleInvalid),
                ("Indicators[12].Rule.Bands[1]", FourHavesErrorCodes.PolicyRuleInvalid),
                ("Indicators[12].Rule.PointsWhenWholeIsZero", FourHavesErrorCodes.PolicyRuleInvalid),
                ("Indicators[13].Rule", FourHavesErrorCodes.PolicyRuleInvalid),
                ("Indicators", FourHavesErrorCodes.PolicyHaveMaximumMismatch),
                ("Indicators", FourHavesErrorCodes.PolicyHaveMaximumMismatch),
                ("Indicators", FourHavesErrorCodes.PolicyHaveMaximumMismatch),
            ],
            errors);
    }

    [Fact]
    public void An_undefined_have_or_fact_is_refused()
    {
        Assert.Contains(FourHavesErrorCodes.PolicyEnumUndefined, Codes(Default with { Indicators = [.. Default.Indicators.Select((i, n) => n == 0 ? i with { Have = (Have)7 } : i)] }));
        Assert.Contains(FourHavesErrorCodes.PolicyEnumUndefined, Codes(Default with { Indicators = [.. Default.Indicators.Select((i, n) => n == 0 ? i with { Rule = new FlagRule((EnterpriseFact)99, 10) } : i)] }));
        Assert.Contains(FourHavesErrorCodes.PolicyEnumUndefined, Codes(Default with { ModelMinimumGrade = (Grade)9 }));
    }

    [Fact]
    public void A_gap_between_grade_bands_is_refused() =>
        Assert.Equal(
            [FourHavesErrorCodes.PolicyGradeBandsGap],
            Codes(Default with { GradeBands = [new(Grade.Poor, 0, 59), new(Grade.Fair, 61, 74), new(Grade.Good, 75, 89), new(Grade.Excellent, 90, 100)] }));

    [Fact]
    public void An_overlap_of_grade_bands_is_refused() =>
        Assert.Equal(
            [FourHavesErrorCodes.PolicyGradeBandsOverlap],
            Codes(Default with { GradeBands = [new(Grade.Poor, 0, 59), new(Grade.Fair, 60, 75), new(Grade.Good, 75, 89), new(Grade.Excellent, 90, 100)] }));

    [Fact]
    public void Grade_bands_out_of_order_short_of_the_total_or_missing_a_grade_are_refused()
    {
        Assert.Contains(FourHavesErrorCodes.PolicyGradeBandsInvalid, Codes(Default with { GradeBands = [new(Grade.Fair, 0, 59), new(Grade.Poor, 60, 74), new(Grade.Good, 75, 89), new(Grade.Excellent, 90, 100)] }));
        Assert.Contains(FourHavesErrorCodes.PolicyGradeBandsInvalid, Codes(Default with { GradeBands = [new(Grade.Poor, 0, 59), new(Grade.Fair, 60, 74), new(Grade.Good, 75, 89), new(Grade.Excellent, 90, 99)] }));
        Assert.Contains(FourHavesErrorCodes.PolicyGradeBandsInvalid, Codes(Default with { GradeBands = [new(Grade.Poor, 0, 74), new(Grade.Good, 75, 89), new(Grade.Excellent, 90, 100)] }));
        Assert.Contains(FourHavesErrorCodes.PolicyGradeBandsInvalid, Codes(Default with { GradeBands = null! }));
    }

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(0, 1, false)]
    [InlineData(1, 1, false)]
    public void A_met_threshold_must_be_above_zero_and_reachable(long numerator, long denominator, bool inclusive)
    {
        var threshold = new RatioThreshold(new Ratio(numerator, denominator), inclusive);

        Assert.Contains(FourHavesErrorCodes.PolicyMetThresholdInvalid, Codes(Default with { MetThreshold = threshold }));
        Assert.Empty(Codes(Default with { MetThreshold = RatioThreshold.AtLeast(1, 1) }));
    }

    [Fact]
    public void Veto_items_with_a_repeated_or_empty_key_are_refused()
    {
        var veto = Default.Vetoes[0];

        Assert.Contains(FourHavesErrorCodes.PolicyVetoInvalid, Codes(Default with { Vetoes = [veto, veto] }));
        Assert.Contains(FourHavesErrorCodes.PolicyVetoInvalid, Codes(Default with { Vetoes = [veto with { Key = " " }] }));
        Assert.Contains(FourHavesErrorCodes.PolicyVetoInvalid, Codes(Default with { Vetoes = null! }));
        Assert.Empty(Codes(Default with { Vetoes = [] }));
    }

    [Fact]
    public void Coverage_figures_the_reason_count_and_the_cycle_must_be_positive()
    {
        Assert.Contains(FourHavesErrorCodes.PolicyNotPositive, Codes(Default with { MinimumFullMembers = 0 }));
        Assert.Contains(FourHavesErrorCodes.PolicyNotPositive, Codes(Default with { MaxUnitsPerJointBranch = 1 }));
        Assert.Contains(FourHavesErrorCodes.PolicyNotPositive, Codes(Default with { CostliestIndicatorsReported = 0 }));
        Assert.Contains(FourHavesErrorCodes.PolicyNotPositive, Codes(Default with { AssessmentCycle = Period.Zero }));
        Assert.Contains(FourHavesErrorCodes.PolicyNotPositive, Codes(Default with { AssessmentCycle = Period.FromYears(-1) }));
        Assert.Contains(FourHavesErrorCodes.PolicyNotPositive, Codes(Default with { AssessmentCycle = Period.FromHours(24) }));
        Assert.Empty(Codes(Default with { AssessmentCycle = Period.FromMonths(6) }));
    }

    [Fact]
    public void The_assessor_and_the_analyzer_refuse_an_inconsistent_policy()
    {
        var policy = Default with { TotalMaximum = 90 };

        Assert.Throws<InvalidInputException>(() => new FourHavesAssessor(policy));
        Assert.Throws<InvalidInputException>(() => new CoverageAnalyzer(policy));
        Assert.Throws<ArgumentNullException>(() => new FourHavesAssessor((FourHavesPolicy)null!));
    }
}
