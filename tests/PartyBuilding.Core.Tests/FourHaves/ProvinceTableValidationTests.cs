using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Validation;

namespace PartyBuilding.Core.Tests.FourHaves;

/// <summary>The refusals of a province's own table and of an enterprise's extra facts, each by its code and the figure it names.</summary>
public sealed class ProvinceTableValidationTests
{
    private static readonly FourHavesPolicy Star = FourHavesPolicy.StarRated;
    private readonly FourHavesPolicyValidator validator = new();

    private (string Property, string Code)[] Failures(FourHavesPolicy policy) =>
        [.. validator.Validate(policy).Errors.Select(e => (e.PropertyName, e.ErrorCode))];

    private static FourHavesPolicy WithRule(string key, IndicatorRule rule) =>
        Star with { Indicators = [.. Star.Indicators.Select(i => i.Key == key ? i with { Rule = rule } : i)] };

    private static FourHavesPolicy WithVeto(int index, Func<VetoItem, VetoItem> change) =>
        Star with { Vetoes = [.. Star.Vetoes.Select((v, i) => i == index ? change(v) : v)] };

    private static FourHavesPolicy WithBand(int index, Func<GradeBand, GradeBand> change) =>
        Star with { GradeBands = [.. Star.GradeBands.Select((b, i) => i == index ? change(b) : b)] };

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    [InlineData("Branch meetings")]
    [InlineData("_x")]
    [InlineData("ideascollected")]
    public void A_rule_over_an_empty_or_malformed_key_is_refused(string? name)
    {
        var failures = Failures(WithRule("SEAT.MANAGEMENT_MEETINGS", new CountRule(new FactKey(name!), 1, 5)));

        Assert.Equal([("Indicators[3].Rule.Fact", FourHavesErrorCodes.PolicyFactKeyInvalid)], failures);
    }

    [Fact]
    public void A_share_over_a_malformed_whole_names_the_whole()
    {
        var share = new ShareRule(EnterpriseFact.ViolationsResolved, new FactKey(""), [new ShareBand(RatioThreshold.AtLeast(1, 1), 5)], 5);

        Assert.Equal([("Indicators[14].Rule.Whole", FourHavesErrorCodes.PolicyFactKeyInvalid)], Failures(WithRule("SUPERVISION.VIOLATIONS_RESOLVED", share)));
    }

    [Fact]
    public void An_undefined_built_in_fact_stays_an_undefined_value() =>
        Assert.Equal(
            [("Indicators[0].Rule.Fact", FourHavesErrorCodes.PolicyEnumUndefined)],
            Failures(WithRule("SEAT.DECISIONS", new FlagRule((EnterpriseFact)99, 8))));

    [Fact]
    public void A_province_key_in_chinese_is_a_fact_of_its_own() =>
        Assert.Empty(Failures(WithRule("SEAT.MANAGEMENT_MEETINGS", new CountRule(new FactKey("列席会议次数"), 1, 5))));

    [Fact]
    public void The_one_way_rule_holds_for_province_facts_too()
    {
        // The volunteer events are counted for the enterprise; an absence of them would score them against it.
        var policy = WithRule("SUPERVISION.NO_COLLECTIVE_DISPUTES", new AbsenceRule(new FactKey("VolunteerServiceEvents"), 4));

        Assert.Equal([("Indicators[16].Rule", FourHavesErrorCodes.PolicyRuleInvalid)], Failures(policy));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void An_at_or_above_veto_below_one_is_refused(int figure) =>
        Assert.Equal([("Vetoes[2].Figure", FourHavesErrorCodes.PolicyVetoFigureInvalid)], Failures(WithVeto(2, v => v with { Figure = figure })));

    [Fact]
    public void An_equals_zero_veto_with_a_figure_is_refused() =>
        Assert.Equal([("Vetoes[3].Figure", FourHavesErrorCodes.PolicyVetoFigureInvalid)], Failures(WithVeto(3, v => v with { Figure = 2 })));

    [Fact]
    public void A_veto_over_an_empty_key_or_an_undefined_condition_is_refused()
    {
        Assert.Equal([("Vetoes[1].Fact", FourHavesErrorCodes.PolicyFactKeyInvalid)], Failures(WithVeto(1, v => v with { Fact = new FactKey(" ") })));
        Assert.Equal([("Vetoes[1].Condition", FourHavesErrorCodes.PolicyEnumUndefined)], Failures(WithVeto(1, v => v with { Condition = (VetoCondition)7 })));
    }

    [Fact]
    public void Bands_in_any_order_are_accepted_and_checked_in_total_order()
    {
        Assert.Empty(Failures(Star with { GradeBands = [.. Star.GradeBands.Reverse()] }));

        // 60–69 moved up to 61–69: a gap at 60 between STAR.0 and STAR.1, named at STAR.1's place in the list.
        Assert.Equal([("GradeBands[4]", FourHavesErrorCodes.PolicyGradeBandsGap)], Failures(WithBand(4, b => b with { MinimumTotal = 61 })));

        // 70–79 down to 69–79: an overlap at 69.
        Assert.Equal([("GradeBands[3]", FourHavesErrorCodes.PolicyGradeBandsOverlap)], Failures(WithBand(3, b => b with { MinimumTotal = 69 })));
    }

    [Fact]
    public void A_higher_total_with_a_lower_grade_is_refused() =>
        Assert.Equal([("GradeBands[3]", FourHavesErrorCodes.PolicyGradeBandsInvalid)], Failures(WithBand(3, b => b with { Grade = Grade.Poor })));

    [Fact]
    public void A_grade_without_a_band_is_refused()
    {
        // Three stars made Excellent: no band is Good any more.
        var failures = Failures(WithBand(2, b => b with { Grade = Grade.Excellent }));

        Assert.Equal([("GradeBands", FourHavesErrorCodes.PolicyGradeBandsInvalid)], failures);
    }

    [Fact]
    public void Band_keys_must_be_real_and_distinct_and_given_where_bands_share_a_grade()
    {
        Assert.Equal([("GradeBands[1].Key", FourHavesErrorCodes.PolicyGradeBandKeyInvalid)], Failures(WithBand(1, b => b with { Key = "STAR.5" })));
        Assert.Equal([("GradeBands[1].Key", FourHavesErrorCodes.PolicyGradeBandKeyInvalid)], Failures(WithBand(1, b => b with { Key = " " })));
        Assert.Equal([("GradeBands[0].Key", FourHavesErrorCodes.PolicyGradeBandKeyInvalid)], Failures(WithBand(0, b => b with { Key = null })));
        Assert.Equal([("GradeBands[5].NameZhCn", FourHavesErrorCodes.PolicyGradeBandKeyInvalid)], Failures(WithBand(5, b => b with { NameZhCn = "" })));
        Assert.Equal([("GradeBands[5].NameEn", FourHavesErrorCodes.PolicyGradeBandKeyInvalid)], Failures(WithBand(5, b => b with { NameEn = " " })));

        // A band alone on its grade needs no key.
        Assert.Empty(Failures(WithBand(5, b => b with { Key = null })));
    }

    [Theory]
    [InlineData("", FourHavesErrorCodes.ExtraFactKeyInvalid)]
    [InlineData(" BranchMeetingsHeld", FourHavesErrorCodes.ExtraFactKeyInvalid)]
    [InlineData("9lives", FourHavesErrorCodes.ExtraFactKeyInvalid)]
    [InlineData("IdeasCollected", FourHavesErrorCodes.ExtraFactKeyReserved)]
    [InlineData("ideasCOLLECTED", FourHavesErrorCodes.ExtraFactKeyReserved)]
    public void An_extra_fact_under_a_bad_key_is_refused(string key, string code)
    {
        var profile = StarRatedTableTests.Lianhe with { ExtraFacts = new Dictionary<string, int> { [key] = 1 } };

        var errors = new EnterpriseProfileValidator().Validate(profile).Errors;

        var error = Assert.Single(errors);
        Assert.Equal((code, $"ExtraFacts[{key}]"), (error.ErrorCode, error.PropertyName));
        Assert.Throws<InvalidInputException>(() => new FourHavesAssessor(Star).Assess(profile));
    }

    [Fact]
    public void A_negative_extra_fact_and_a_null_table_are_refused()
    {
        var validator = new EnterpriseProfileValidator();
        var negative = StarRatedTableTests.Lianhe with { ExtraFacts = new Dictionary<string, int> { ["BranchMeetingsHeld"] = -1 } };
        var none = StarRatedTableTests.Lianhe with { ExtraFacts = null! };

        Assert.Equal([(FourHavesErrorCodes.CountNegative, "ExtraFacts[BranchMeetingsHeld]")], validator.Validate(negative).Errors.Select(e => (e.ErrorCode, e.PropertyName)));
        Assert.Equal([(CommonErrorCodes.Required, "ExtraFacts")], validator.Validate(none).Errors.Select(e => (e.ErrorCode, e.PropertyName)));
        Assert.Throws<InvalidInputException>(() => new FourHavesAssessor(Star).Assess(negative));
    }

    [Fact]
    public void Extra_facts_are_copied_and_compared_by_content()
    {
        var host = new Dictionary<string, int> { ["BranchMeetingsHeld"] = 4, ["ActivityRoomEstablished"] = 1 };
        var profile = StarRatedTableTests.Lianhe with { ExtraFacts = host };
        host["BranchMeetingsHeld"] = 0;

        Assert.Equal(4, profile.ExtraFacts["BranchMeetingsHeld"]);
        Assert.Equal(profile, StarRatedTableTests.Lianhe with { ExtraFacts = new Dictionary<string, int> { ["ActivityRoomEstablished"] = 1, ["BranchMeetingsHeld"] = 4 } });
        Assert.Equal(profile.GetHashCode(), (StarRatedTableTests.Lianhe with { ExtraFacts = new Dictionary<string, int> { ["ActivityRoomEstablished"] = 1, ["BranchMeetingsHeld"] = 4 } }).GetHashCode());
        Assert.NotEqual(profile, StarRatedTableTests.Lianhe with { ExtraFacts = new Dictionary<string, int> { ["BranchMeetingsHeld"] = 4 } });
        Assert.Empty(new EnterpriseProfile { Id = new EnterpriseId("e") }.ExtraFacts);
    }

    [Fact]
    public void A_fact_key_knows_whether_it_is_built_in()
    {
        FactKey builtIn = EnterpriseFact.IdeasCollected;

        Assert.Equal(new FactKey("IdeasCollected"), builtIn);
        Assert.Equal(EnterpriseFact.IdeasCollected, builtIn.BuiltIn);
        Assert.True(builtIn.IsBuiltIn);
        Assert.Null(new FactKey("BranchMeetingsHeld").BuiltIn);
        Assert.Null(new FactKey("ideascollected").BuiltIn);
        Assert.Null(default(FactKey).BuiltIn);
        Assert.Equal(string.Empty, default(FactKey).ToString());
    }
}
