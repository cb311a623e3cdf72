using System.Globalization;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

/// <summary>What a host hands in is copied, what it gets back cannot be written, and the results agree with themselves.</summary>
public sealed class FourHavesBoundaryTests
{
    private readonly FourHavesAssessor assessor = new();
    private readonly CoverageAnalyzer analyzer = new();

    [Fact]
    public void No_list_a_result_hands_out_can_be_written_through_a_cast()
    {
        var units = new[] { FourHavesArbitraries.Empty("E1") with { FullMembers = 1 }, FourHavesArbitraries.Empty("E2") with { FullMembers = 1 } };
        var assessment = assessor.Assess(FourHavesArbitraries.Empty());
        var group = Assert.Single(analyzer.AdviseJointBranches(units));

        AssertReadOnly(assessment.Reasons);
        AssertReadOnly(assessment.Met);
        AssertReadOnly(assessment.Unmet);
        AssertReadOnly(assessor.AssessAll(units));
        AssertReadOnly(analyzer.AdviseJointBranches(units));
        AssertReadOnly(group.Enterprises);
        AssertReadOnly(group.Reasons);
        AssertReadOnly(FourHavesAssessor.ModelEnterprises([assessment]));
    }

    [Fact]
    public void A_policy_copies_the_lists_it_is_given_and_hands_them_out_read_only()
    {
        var indicators = FourHavesPolicy.Default.Indicators.ToList();
        var bands = new List<ShareBand> { new(RatioThreshold.AtLeast(1, 1), 3) };
        var policy = FourHavesPolicy.Default with { Indicators = indicators };
        var share = new ShareRule(EnterpriseFact.ViolationsReported, EnterpriseFact.ViolationsFound, bands, 3);

        indicators.Clear();
        bands.Clear();

        Assert.Equal(15, policy.Indicators.Count);
        Assert.Single(share.Bands);
        AssertReadOnly(FourHavesPolicy.Default.Indicators);
        AssertReadOnly(FourHavesPolicy.Default.GradeBands);
        AssertReadOnly(FourHavesPolicy.Default.Vetoes);
        AssertReadOnly(share.Bands);
    }

    [Fact]
    public void Policies_and_rules_with_lists_compare_by_content()
    {
        Assert.Equal(FourHavesPolicy.Default, FourHavesPolicy.Default with { Indicators = [.. FourHavesPolicy.Default.Indicators] });
        Assert.NotEqual(FourHavesPolicy.Default, FourHavesPolicy.Default with { Vetoes = [] });
        Assert.Equal(
            new ShareRule(EnterpriseFact.ViolationsReported, EnterpriseFact.ViolationsFound, [new(RatioThreshold.AtLeast(1, 1), 3)], 3),
            new ShareRule(EnterpriseFact.ViolationsReported, EnterpriseFact.ViolationsFound, [new(RatioThreshold.AtLeast(1, 1), 3)], 3));
        Assert.Equal(analyzer.AdviseJointBranches([FourHavesArbitraries.Empty() with { FullMembers = 1 }]), analyzer.AdviseJointBranches([FourHavesArbitraries.Empty() with { FullMembers = 1 }]));
    }

    [Fact]
    public void A_reason_renders_whole_in_another_culture_names_of_haves_and_grades_included()
    {
        var chinese = Culture.Under("zh-CN", () => assessor.Assess(FourHavesArbitraries.Empty()));

        var unmet = chinese.Reasons.First(r => r.Code == FourHavesReasonCodes.HaveNotMet);
        var band = chinese.Reasons.Single(r => r.Code == FourHavesReasonCodes.GradeBand);
        var english = Culture.Under("en", () => assessor.Assess(FourHavesArbitraries.Empty()));

        Assert.Contains("有位置", unmet.Message, StringComparison.Ordinal);
        Assert.Equal(english.Reasons.Select(r => r.Message), chinese.Reasons.Select(r => r.MessageIn(CultureInfo.GetCultureInfo("en"))));
        Assert.DoesNotContain(band.MessageIn(CultureInfo.GetCultureInfo("en")), c => c >= '\u4e00' && c <= '\u9fff');
    }

    [Fact]
    public void A_veto_that_leaves_a_good_grade_still_keeps_the_enterprise_from_being_a_model()
    {
        var lenient = FourHavesPolicy.Default with { Vetoes = [new("VETO.SERIOUS_UNRESOLVED", EnterpriseFact.SeriousViolationsUnresolved, Grade.Excellent)] };
        var profile = FourHavesArbitraries.Perfect() with { ViolationsFound = 1, ViolationsReported = 1, SeriousViolationsUnresolved = 1 };

        var a = new FourHavesAssessor(lenient).Assess(profile);

        Assert.Equal((Grade.Excellent, true, true, false), (a.Grade, a.AllMet, a.Vetoed, a.IsModel));
        Assert.DoesNotContain(a.Reasons, r => r.Code == FourHavesReasonCodes.ModelEnterprise);
        Assert.Empty(FourHavesAssessor.ModelEnterprises([a]));
    }

    [Fact]
    public void A_null_assessment_among_those_asked_about_is_refused_with_a_code()
    {
        var error = Assert.Throws<InvalidInputException>(() => FourHavesAssessor.ModelEnterprises([assessor.Assess(FourHavesArbitraries.Perfect()), null!]));

        Assert.Equal([CommonErrorCodes.Required], error.Codes);
    }

    private static void AssertReadOnly<T>(IReadOnlyList<T> list)
    {
        Assert.False(list is T[], "an array can be written");
        if (list is ICollection<T> collection)
        {
            Assert.True(collection.IsReadOnly);
            Assert.Throws<NotSupportedException>(() => collection.Clear());
        }

        if (list is IList<T> { Count: > 0 } writable)
        {
            Assert.Throws<NotSupportedException>(() => writable[0] = writable[0]);
        }
    }
}
