using System.Globalization;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Validation;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

/// <summary>The star-rated table of docs/four-haves.md ("The star-rated table"): its worked enterprise figure by figure, bands in any order, province-named facts, threshold and zero vetoes.</summary>
public sealed class StarRatedTableTests
{
    private static readonly FourHavesPolicy Star = FourHavesPolicy.StarRated;
    private static readonly FourHavesAssessor Assessor = new(Star);

    /// <summary>Lianhe Textiles, the worked enterprise of the star-rated table.</summary>
    internal static readonly EnterpriseProfile Lianhe = new()
    {
        Id = new EnterpriseId("lianhe-textiles"),
        AreaCode = "mazhu-05",
        FullMembers = 6,
        ProbationaryMembers = 1,
        TakesPartInDecisions = true,
        BranchLedByManagement = true,
        MembersInManagement = 2,
        IdeasCollected = 4,
        IdeasAdopted = 2,
        MembersInKeyPosts = 3,
        TechnicalAchievements = 2,
        PioneerPosts = 2,
        UnionEstablished = true,
        LeagueEstablished = true,
        LeagueMembersAndYoungWorkers = 12,
        MembershipApplicants = 2,
        ComplianceChecks = ComplianceArea.Tax | ComplianceArea.Employment | ComplianceArea.SocialSecurity | ComplianceArea.EnvironmentalProtection,
        ViolationsFound = 4,
        ViolationsReported = 2,
        ViolationsResolved = 3,
        ExtraFacts = new Dictionary<string, int>
        {
            ["ManagementMeetingsAttended"] = 3,
            ["VolunteerServiceEvents"] = 6,
            ["BranchMeetingsHeld"] = 10,
            ["ActivityRoomEstablished"] = 1,
            ["CollectiveLabourDisputes"] = 2,
        },
    };

    [Fact]
    public void The_star_rated_table_is_valid_and_worth_100_points() 
    {
        Assert.True(new FourHavesPolicyValidator().Validate(Star).IsValid);
        Assert.Equal(100, Star.TotalMaximum);
        Assert.Equal(6, Star.GradeBands.Count);
        Assert.Contains(Star.Vetoes, v => v.Condition == VetoCondition.AtOrAbove && v.Figure > 1);
        Assert.Contains(Star.Vetoes, v => v.Condition == VetoCondition.EqualsZero);
        Assert.True(Star.Indicators.Count(i => FactsOf(i.Rule).Any(f => !f.IsBuiltIn)) >= 2);
    }

    [Fact]
    public void Lianhe_textiles_earns_every_indicator_s_points_as_the_documentation_says()
    {
        var expected = new Dictionary<string, int>
        {
            ["SEAT.DECISIONS"] = 8, ["SEAT.LED_BY_MANAGEMENT"] = 6, ["SEAT.IDEAS_ADOPTED"] = 4, ["SEAT.MANAGEMENT_MEETINGS"] = 3,
            ["ACTION.KEY_POSTS"] = 6, ["ACTION.PIONEER_POSTS"] = 4, ["ACTION.TECHNICAL_ACHIEVEMENTS"] = 6, ["ACTION.VOLUNTEER_SERVICE"] = 5,
            ["ATTRACTION.BRANCH_MEETINGS"] = 8, ["ATTRACTION.ACTIVITY_ROOM"] = 3, ["ATTRACTION.UNION"] = 3, ["ATTRACTION.LEAGUE"] = 3, ["ATTRACTION.APPLICANTS"] = 4,
            ["SUPERVISION.COMPLIANCE_CHECKS"] = 12, ["SUPERVISION.VIOLATIONS_RESOLVED"] = 3, ["SUPERVISION.NO_SERIOUS_UNRESOLVED"] = 4, ["SUPERVISION.NO_COLLECTIVE_DISPUTES"] = 0,
        };

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), Star.Indicators.Select(i => i.Key).Order(StringComparer.Ordinal));
        Assert.All(Star.Indicators, i => Assert.Equal(expected[i.Key], i.Rule.PointsFor(Lianhe)));
    }

    [Fact]
    public void Lianhe_textiles_is_assessed_as_the_documentation_says()
    {
        var a = Culture.Under("en", () => Assessor.Assess(Lianhe));

        Assert.Equal(new HaveScores(21, 21, 21, 19), a.Scores);
        Assert.Equal(82, a.Total);
        Assert.Equal("STAR.3", a.BandKey);
        Assert.Equal(new GradeBand(Grade.Good, 80, 87) { Key = "STAR.3", NameEn = "Three stars", NameZhCn = "三星" }, a.Band);
        Assert.Equal(Grade.Good, a.UncappedGrade);
        Assert.Equal(Grade.Fair, a.Grade);
        Assert.True(a.Vetoed);
        Assert.True(a.AllMet);
        Assert.False(a.IsModel);
        Assert.Equal(
            [
                FourHavesReasonCodes.ExtraFactMissing,
                FourHavesReasonCodes.Vetoed,
                FourHavesReasonCodes.IndicatorShortfall, FourHavesReasonCodes.IndicatorShortfall, FourHavesReasonCodes.IndicatorShortfall,
                FourHavesReasonCodes.AllHavesMet,
                FourHavesReasonCodes.GradeBand,
                FourHavesReasonCodes.GradeBandLevel,
            ],
            a.Reasons.Select(r => r.Code));

        // The figures each reason keeps.
        Assert.Equal(["MajorSafetyAccidents"], a.Reasons[0].Arguments);
        Assert.Equal("VETO.REPEATED_COLLECTIVE_DISPUTES", a.Reasons[1].Arguments[0]);
        Assert.Equal(2, a.Reasons[1].Arguments[1]);
        Assert.Equal("≥ 2", a.Reasons[1].Arguments[3]);
        Assert.Equal(["ATTRACTION.APPLICANTS", "SUPERVISION.NO_COLLECTIVE_DISPUTES", "SEAT.IDEAS_ADOPTED"], a.Reasons.Skip(2).Take(3).Select(r => r.Arguments[0]));
        Assert.Equal([4, 4, 2], a.Reasons.Skip(2).Take(3).Select(r => r.Arguments[4]));
        Assert.Equal([82, 80, 87], a.Reasons[6].Arguments.Skip(1).Take(3));
        Assert.Equal("STAR.3", a.Reasons[7].Arguments[0]);
        Assert.Equal("三星", NameIn(a.Reasons[7].Arguments[1], "zh-CN"));
        Assert.Equal("Three stars", NameIn(a.Reasons[7].Arguments[1], "en"));
        Assert.Equal(82, a.Reasons[7].Arguments[2]);
    }

    [Fact]
    public void The_worked_enterprise_without_its_repeated_disputes_gets_three_stars_and_is_a_model() 
    {
        var calmer = Lianhe with { ExtraFacts = new Dictionary<string, int>(Lianhe.ExtraFacts) { ["CollectiveLabourDisputes"] = 0, ["MajorSafetyAccidents"] = 0 } };

        var a = Assessor.Assess(calmer);

        Assert.Equal(86, a.Total);
        Assert.Equal("STAR.3", a.BandKey);
        Assert.Equal(Grade.Good, a.Grade);
        Assert.False(a.Vetoed);
        Assert.True(a.IsModel);
        Assert.DoesNotContain(FourHavesReasonCodes.ExtraFactMissing, a.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_fact_the_table_reads_and_the_enterprise_did_not_give_counts_as_zero_and_is_named()
    {
        var without = Lianhe with { ExtraFacts = new Dictionary<string, int>(Lianhe.ExtraFacts.Where(f => f.Key != "VolunteerServiceEvents")) };

        var a = Assessor.Assess(without);

        Assert.Equal(16, a.Action);
        Assert.Equal(0, Star.Indicators.Single(i => i.Key == "ACTION.VOLUNTEER_SERVICE").Rule.PointsFor(without));
        var missing = a.Reasons.Where(r => r.Code == FourHavesReasonCodes.ExtraFactMissing).Select(r => r.Arguments[0]);
        Assert.Equal(["VolunteerServiceEvents", "MajorSafetyAccidents"], missing);
        Assert.Equal(FourHavesReasonCodes.ExtraFactMissing, a.Reasons[1].Code);
    }

    [Fact]
    public void A_missing_fact_an_equals_zero_veto_reads_sets_the_veto_off()
    {
        var a = Assessor.Assess(Lianhe with { ExtraFacts = new Dictionary<string, int>() });

        Assert.Equal(Grade.Poor, a.Grade);
        Assert.Contains(a.Reasons, r => r.Code == FourHavesReasonCodes.Vetoed && Equals(r.Arguments[0], "VETO.NO_BRANCH_MEETINGS") && Equals(r.Arguments[3], "= 0"));
        Assert.Equal(6, a.Reasons.Count(r => r.Code == FourHavesReasonCodes.ExtraFactMissing));
    }

    [Fact]
    public void An_extra_fact_no_table_reads_is_ignored()
    {
        var a = new FourHavesAssessor().Assess(WorkedExampleTests.Hengli with { ExtraFacts = new Dictionary<string, int> { ["BranchMeetingsHeld"] = 3 } });

        Assert.Equal(new FourHavesAssessor().Assess(WorkedExampleTests.Hengli).Reasons, a.Reasons);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(7, true)]
    public void A_threshold_veto_fires_at_its_figure_not_below(int disputes, bool vetoed)
    {
        var a = Assessor.Assess(With(Lianhe, "CollectiveLabourDisputes", disputes));

        Assert.Equal(vetoed, a.Reasons.Any(r => r.Code == FourHavesReasonCodes.Vetoed && Equals(r.Arguments[0], "VETO.REPEATED_COLLECTIVE_DISPUTES")));
        Assert.Equal(vetoed ? Grade.Fair : Grade.Good, a.Grade);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void A_zero_veto_fires_on_zero_only(int meetings, bool vetoed)
    {
        var a = Assessor.Assess(With(With(Lianhe, "CollectiveLabourDisputes", 0), "BranchMeetingsHeld", meetings));

        // 0 or 1 meeting: 78 or 79 points, two stars (Fair) before the veto.
        Assert.Equal(vetoed, a.Vetoed);
        Assert.Equal("STAR.2", a.BandKey);
        Assert.Equal(vetoed ? Grade.Poor : Grade.Fair, a.Grade);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void A_default_veto_fires_from_one(int accidents, bool vetoed)
    {
        var a = Assessor.Assess(With(With(Lianhe, "CollectiveLabourDisputes", 0), "MajorSafetyAccidents", accidents));

        Assert.Equal(vetoed, a.Vetoed);
        Assert.Equal(vetoed ? Grade.Poor : Grade.Good, a.Grade);
    }

    [Property(Arbitrary = new[] { typeof(FourHavesArbitraries) }, MaxTest = 200)]
    public bool Bands_in_any_order_give_the_same_assessment(EnterpriseProfile profile, int seed)
    {
        var r = new Random(seed);
        var withFacts = profile with
        {
            ExtraFacts = new Dictionary<string, int>
            {
                ["ManagementMeetingsAttended"] = r.Next(0, 8), ["VolunteerServiceEvents"] = r.Next(0, 8), ["BranchMeetingsHeld"] = r.Next(0, 3),
                ["ActivityRoomEstablished"] = r.Next(0, 2), ["CollectiveLabourDisputes"] = r.Next(0, 3),
            },
        };
        var shuffled = Star with { GradeBands = [.. Star.GradeBands.OrderBy(_ => r.Next())] };
        var defaultShuffled = FourHavesPolicy.Default with { GradeBands = [.. FourHavesPolicy.Default.GradeBands.OrderBy(_ => r.Next())] };

        return Same(Assessor.Assess(withFacts), new FourHavesAssessor(shuffled).Assess(withFacts))
            && Same(new FourHavesAssessor().Assess(profile), new FourHavesAssessor(defaultShuffled).Assess(profile));
    }

    private static bool Same(FourHavesAssessment x, FourHavesAssessment y) =>
        x.Scores == y.Scores && x.Grade == y.Grade && x.UncappedGrade == y.UncappedGrade && x.Band == y.Band
        && x.Vetoed == y.Vetoed && x.IsModel == y.IsModel && x.Reasons.SequenceEqual(y.Reasons);

    private static EnterpriseProfile With(EnterpriseProfile profile, string key, int value) =>
        profile with { ExtraFacts = new Dictionary<string, int>(profile.ExtraFacts) { [key] = value } };

    private static string NameIn(object? figure, string culture) => ((IFormattable)figure!).ToString(null, CultureInfo.GetCultureInfo(culture));

    private static FactKey[] FactsOf(IndicatorRule rule) => rule switch
    {
        FlagRule f => [f.Fact],
        CountRule c => [c.Fact],
        AbsenceRule a => [a.Fact],
        ShareRule s => [s.Part, s.Whole],
        _ => [],
    };
}
