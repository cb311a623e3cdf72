using NodaTime;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

/// <summary>Assessments and coverage use the scorecard version in force on their as-of date and name it.</summary>
public sealed class FourHavesVersionTests
{
    private static readonly LocalDate From2026 = new(2026, 1, 1);

    /// <summary>This year's table, and next year's, registered in advance: the union is worth 10 and a branch needs 5 full members.</summary>
    private static readonly PolicySet<FourHavesPolicy> Tables = new(
    [
        new PolicyVersion<FourHavesPolicy>("2025-province", new LocalDate(2025, 1, 1), FourHavesPolicy.Default),
        new PolicyVersion<FourHavesPolicy>("2026-province", From2026, FourHavesPolicy.Default with
        {
            Indicators = [.. FourHavesPolicy.Default.Indicators.Select(i => i.Key switch
            {
                "ATTRACTION.UNION" => i with { Rule = new FlagRule(EnterpriseFact.UnionEstablished, 10) },
                "ATTRACTION.LEAGUE" => i with { Rule = new FlagRule(EnterpriseFact.LeagueEstablished, 2) },
                "ATTRACTION.ACTIVITIES" => i with { Rule = new CountRule(EnterpriseFact.ActivitiesHeld, 1, 7) },
                _ => i,
            })],
            MinimumFullMembers = 5,
        }),
    ]);

    private static readonly EnterpriseProfile Unionized = FourHavesArbitraries.Empty() with { FullMembers = 4, UnionEstablished = true };

    [Fact]
    public void An_assessment_uses_the_version_in_force_on_its_as_of_date_and_names_it()
    {
        var assessor = new FourHavesAssessor(Tables);

        var thisYear = assessor.Assess(Unionized, new LocalDate(2025, 12, 31));
        var nextYear = assessor.Assess(Unionized, From2026);

        Assert.Equal(("2025-province", 5), (thisYear.PolicyLabel, thisYear.Attraction));
        Assert.Equal(("2026-province", 10), (nextYear.PolicyLabel, nextYear.Attraction));
        Assert.Equal(["2025-province", "2025-province"], assessor.AssessAll([Unionized, FourHavesArbitraries.Empty("E2")], new LocalDate(2025, 6, 30)).Select(a => a.PolicyLabel));
        Assert.Equal(15, assessor.PointsToMeet(Have.Seat, From2026));
        Assert.Same(Tables, assessor.Policies);
    }

    [Fact]
    public void Coverage_uses_the_figures_in_force_on_its_as_of_date_and_names_the_version()
    {
        var analyzer = new CoverageAnalyzer(Tables);

        var thisYear = analyzer.Classify(Unionized, new LocalDate(2025, 12, 31));
        var nextYear = analyzer.Classify(Unionized, From2026);
        var township = analyzer.Measure([Unionized], From2026);
        var groups = analyzer.AdviseJointBranches([Unionized], From2026);

        Assert.Equal((CoverageKind.OwnOrganization, "2025-province"), (thisYear.Kind, thisYear.PolicyLabel));
        Assert.Equal((CoverageKind.JointBranch, "2026-province"), (nextYear.Kind, nextYear.PolicyLabel));
        Assert.Equal((1, "2026-province"), (township.JointBranch, township.PolicyLabel));
        Assert.Equal("2026-province", Assert.Single(groups).PolicyLabel);
        Assert.Empty(analyzer.AdviseJointBranches([Unionized], new LocalDate(2025, 12, 31)));
    }

    [Fact]
    public void A_date_before_every_version_is_refused_with_a_code()
    {
        var before = new LocalDate(2024, 12, 31);

        Assert.StartsWith(CommonErrorCodes.PolicyNotInForce + ":", Assert.Throws<InvalidOperationException>(() => new FourHavesAssessor(Tables).Assess(Unionized, before)).Message, StringComparison.Ordinal);
        Assert.StartsWith(CommonErrorCodes.PolicyNotInForce + ":", Assert.Throws<InvalidOperationException>(() => new CoverageAnalyzer(Tables).Measure([Unionized], before)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_call_on_several_versions_is_refused_so_that_next_years_table_never_grades_this_year()
    {
        var assessor = new FourHavesAssessor(Tables);
        var analyzer = new CoverageAnalyzer(Tables);

        Assert.All(
            new Func<object>[] { () => assessor.Assess(Unionized), () => assessor.AssessAll([Unionized]), () => assessor.PointsToMeet(Have.Seat), () => analyzer.Classify(Unionized), () => analyzer.Measure([Unionized]), () => analyzer.AdviseJointBranches([Unionized]) },
            call => Assert.StartsWith(CommonErrorCodes.AsOfRequired + ":", Assert.Throws<InvalidOperationException>(call).Message, StringComparison.Ordinal));

        // Input is checked before the version is chosen.
        Assert.Throws<ArgumentNullException>(() => assessor.Assess(null!));
    }

    [Fact]
    public void An_undated_call_on_a_single_policy_uses_it_and_names_its_label()
    {
        Assert.Equal(PolicySet.DefaultLabel, new FourHavesAssessor().Assess(Unionized).PolicyLabel);
        Assert.Equal(PolicySet.DefaultLabel, new FourHavesAssessor().Assess(Unionized, new LocalDate(1900, 1, 1)).PolicyLabel);
        Assert.Equal(PolicySet.DefaultLabel, new CoverageAnalyzer().Measure([Unionized]).PolicyLabel);
    }

    [Fact]
    public void Every_version_is_validated_and_named_in_the_failures()
    {
        var set = new PolicySet<FourHavesPolicy>(
        [
            new PolicyVersion<FourHavesPolicy>("good", new LocalDate(2025, 1, 1), FourHavesPolicy.Default),
            new PolicyVersion<FourHavesPolicy>("bad", From2026, FourHavesPolicy.Default with { TotalMaximum = 90 }),
        ]);

        var error = Assert.Throws<InvalidInputException>(() => new FourHavesAssessor(set));

        Assert.Contains(FourHavesErrorCodes.PolicyTotalMismatch, error.Codes);
        Assert.All(error.Errors, e => Assert.StartsWith("policies[bad].", e.PropertyName, StringComparison.Ordinal));
        Assert.Throws<InvalidInputException>(() => new CoverageAnalyzer(set));
        Assert.Throws<ArgumentNullException>(() => new FourHavesAssessor((PolicySet<FourHavesPolicy>)null!));
    }
}
