using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

public sealed class FourHavesAssessorTests
{
    private readonly FourHavesAssessor assessor = new();

    /// <summary>The perfect enterprise with exactly <paramref name="deficit"/> points taken away, whole indicators first, activities last.</summary>
    internal static EnterpriseProfile WithDeficit(int deficit)
    {
        var p = FourHavesArbitraries.Perfect();
        (int Points, Func<EnterpriseProfile, EnterpriseProfile> Drop)[] chunks =
        [
            (10, e => e with { TakesPartInDecisions = false }),
            (8, e => e with { BranchLedByManagement = false }),
            (5, e => e with { UnionEstablished = false }),
            (5, e => e with { LeagueEstablished = false }),
            (9, e => e with { TechnicalAchievements = 0 }),
            (6, e => e with { PioneerPosts = 0 }),
            (10, e => e with { MembersInKeyPosts = 0 }),
        ];
        foreach (var (points, drop) in chunks)
        {
            if (deficit - points >= 0 && deficit > 9)
            {
                p = drop(p);
                deficit -= points;
            }
        }

        Assert.InRange(deficit, 0, 9);
        return p with { ActivitiesHeld = 9 - deficit };
    }

    [Fact]
    public void A_perfect_enterprise_scores_100_and_is_a_model()
    {
        var a = assessor.Assess(FourHavesArbitraries.Perfect());

        Assert.Equal(new HaveScores(25, 25, 25, 25), a.Scores);
        Assert.Equal(100, a.Total);
        Assert.Equal(Grade.Excellent, a.Grade);
        Assert.Equal(Enum.GetValues<Have>(), a.Met);
        Assert.Empty(a.Unmet);
        Assert.True(a.AllMet);
        Assert.False(a.Vetoed);
        Assert.True(a.IsModel);
        Assert.Equal(
            [FourHavesReasonCodes.AllHavesMet, FourHavesReasonCodes.ModelEnterprise, FourHavesReasonCodes.GradeBand],
            a.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void An_enterprise_with_nothing_to_show_scores_only_the_supervision_it_cannot_lose()
    {
        var a = assessor.Assess(FourHavesArbitraries.Empty());

        Assert.Equal(new HaveScores(0, 0, 0, 10), a.Scores);
        Assert.Equal(Grade.Poor, a.Grade);
        Assert.Empty(a.Met);
        Assert.Equal(4, a.Reasons.Count(r => r.Code == FourHavesReasonCodes.HaveNotMet));
        Assert.Equal(3, a.Reasons.Count(r => r.Code == FourHavesReasonCodes.IndicatorShortfall));
    }

    [Theory]
    [InlineData(0, Grade.Excellent)]
    [InlineData(10, Grade.Excellent)]
    [InlineData(11, Grade.Good)]
    [InlineData(25, Grade.Good)]
    [InlineData(26, Grade.Fair)]
    [InlineData(40, Grade.Fair)]
    [InlineData(41, Grade.Poor)]
    public void Grades_are_inclusive_at_the_bottom_of_each_band(int deficit, Grade grade)
    {
        var a = assessor.Assess(WithDeficit(deficit));

        Assert.Equal(100 - deficit, a.Total);
        Assert.Equal(grade, a.Grade);
        Assert.Equal(grade, a.UncappedGrade);
    }

    [Theory]
    [InlineData(2, 2, 14, false)]
    [InlineData(3, 2, 15, true)]
    public void A_have_is_met_from_60_percent_of_its_maximum(int collected, int adopted, int seat, bool met)
    {
        var profile = FourHavesArbitraries.Perfect() with { TakesPartInDecisions = false, IdeasCollected = collected, IdeasAdopted = adopted };

        var a = assessor.Assess(profile);

        Assert.Equal(seat, a.Seat);
        Assert.Equal(met, a.IsMet(Have.Seat));
        Assert.Equal(15, assessor.PointsToMeet(Have.Seat));
        Assert.Equal(met, !a.Unmet.Contains(Have.Seat));
    }

    [Fact]
    public void An_unmet_have_is_named_with_its_score_and_the_points_needed()
    {
        var profile = FourHavesArbitraries.Perfect() with { TakesPartInDecisions = false, IdeasCollected = 2, IdeasAdopted = 2 };

        var reason = Assert.Single(assessor.Assess(profile).Reasons, r => r.Code == FourHavesReasonCodes.HaveNotMet);

        var text = Culture.Under("en", () => assessor.Assess(profile).Reasons.Single(r => r.Code == FourHavesReasonCodes.HaveNotMet).Message);
        Assert.Contains("14", text, StringComparison.Ordinal);
        Assert.Contains("15", text, StringComparison.Ordinal);
        Assert.NotNull(reason);
    }

    [Fact]
    public void The_costliest_indicators_come_largest_loss_first_in_table_order_among_equals()
    {
        var profile = FourHavesArbitraries.Perfect() with { TakesPartInDecisions = false, UnionEstablished = false, LeagueEstablished = false, TechnicalAchievements = 0 };

        var shortfalls = assessor.Assess(profile).Reasons.Where(r => r.Code == FourHavesReasonCodes.IndicatorShortfall).Select(r => r.Message).ToArray();

        Assert.Equal(3, shortfalls.Length);
        Assert.StartsWith("Indicator SEAT.DECISIONS", Culture.Under("en", () => assessor.Assess(profile).Reasons.First(r => r.Code == FourHavesReasonCodes.IndicatorShortfall).Message), StringComparison.Ordinal);
        var keys = Culture.Under("en", () => assessor.Assess(profile).Reasons
            .Where(r => r.Code == FourHavesReasonCodes.IndicatorShortfall)
            .Select(r => r.Message.Split(' ')[1])
            .ToArray());
        Assert.Equal(["SEAT.DECISIONS", "ACTION.TECHNICAL_ACHIEVEMENTS", "ATTRACTION.UNION"], keys);
    }

    [Fact]
    public void An_unresolved_serious_violation_caps_an_excellent_score_at_poor()
    {
        var profile = FourHavesArbitraries.Perfect() with { ViolationsFound = 1, ViolationsReported = 1, SeriousViolationsUnresolved = 1 };

        var a = assessor.Assess(profile);

        Assert.Equal(18, a.Supervision);
        Assert.Equal(93, a.Total);
        Assert.Equal(Grade.Excellent, a.UncappedGrade);
        Assert.Equal(Grade.Poor, a.Grade);
        Assert.True(a.Vetoed);
        Assert.True(a.AllMet);
        Assert.False(a.IsModel);
        Assert.Equal(FourHavesReasonCodes.Vetoed, a.Reasons[0].Code);
    }

    [Fact]
    public void A_resolved_serious_violation_is_no_veto()
    {
        var profile = FourHavesArbitraries.Perfect() with { ViolationsFound = 1, ViolationsReported = 1, ViolationsResolved = 1 };

        var a = assessor.Assess(profile);

        Assert.False(a.Vetoed);
        Assert.Equal(100, a.Total);
    }

    [Fact]
    public void A_good_grade_with_every_have_met_is_a_model_and_fair_is_not()
    {
        var good = FourHavesArbitraries.Perfect("E1") with { BranchLedByManagement = false, MembersInKeyPosts = 0, ActivitiesHeld = 2 };
        var fair = good with { Id = new("E2"), ActivitiesHeld = 1 };

        var goodAssessment = assessor.Assess(good);
        var fairAssessment = assessor.Assess(fair);

        Assert.Equal((75, Grade.Good, true, true), (goodAssessment.Total, goodAssessment.Grade, goodAssessment.AllMet, goodAssessment.IsModel));
        Assert.Equal((74, Grade.Fair, true, false), (fairAssessment.Total, fairAssessment.Grade, fairAssessment.AllMet, fairAssessment.IsModel));
        Assert.Equal([new EnterpriseId("E1")], FourHavesAssessor.ModelEnterprises([fairAssessment, goodAssessment]));
    }

    [Fact]
    public void Scores_are_read_by_have_without_a_dictionary()
    {
        var a = assessor.Assess(WithDeficit(41));

        foreach (var have in Enum.GetValues<Have>())
        {
            Assert.Equal(a.Scores[have], a[have]);
            Assert.Equal(a.Scores[have], a.ScoreOf(have));
        }

        // Issue 13 item 5: an undefined have is a coded InvalidInputException (it was an ArgumentOutOfRangeException).
        Assert.Equal([FourHavesErrorCodes.EnumUndefined], Assert.Throws<InvalidInputException>(() => a.ScoreOf((Have)9)).Codes);
        Assert.Equal([FourHavesErrorCodes.EnumUndefined], Assert.Throws<InvalidInputException>(() => a.IsMet((Have)9)).Codes);
    }

    [Fact]
    public void Reasons_keep_the_culture_of_the_assessment_and_codes_never_change()
    {
        var english = Culture.Under("en", () => assessor.Assess(FourHavesArbitraries.Empty()));
        var chinese = Culture.Under("zh-CN", () => assessor.Assess(FourHavesArbitraries.Empty()));

        var chineseText = Culture.Under("en", () => chinese.Reasons[0].Message);
        Assert.Equal(english.Reasons.Select(r => r.Code), chinese.Reasons.Select(r => r.Code));
        Assert.NotEqual(english.Reasons[0].Message, chineseText);
        Assert.Contains("有位置", chineseText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_profile_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => assessor.Assess(null!));

    [Fact]
    public void An_invalid_profile_is_refused_with_every_failure_listed()
    {
        var profile = FourHavesArbitraries.Empty() with { Id = default, IdeasAdopted = 3, ViolationsFound = -1 };

        var error = Assert.Throws<InvalidInputException>(() => assessor.Assess(profile));

        Assert.Contains(FourHavesErrorCodes.EnterpriseIdMissing, error.Codes);
        Assert.Contains(FourHavesErrorCodes.IdeasAdoptedExceedCollected, error.Codes);
        Assert.Contains(FourHavesErrorCodes.CountNegative, error.Codes);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public void A_batch_with_a_duplicate_id_gives_no_assessment()
    {
        var error = Assert.Throws<InvalidInputException>(() => assessor.AssessAll([FourHavesArbitraries.Perfect("E1"), FourHavesArbitraries.Empty("E1")]));

        Assert.Equal([FourHavesErrorCodes.EnterpriseDuplicate], error.Codes);
    }

    [Fact]
    public void A_batch_with_a_null_profile_is_refused()
    {
        var error = Assert.Throws<InvalidInputException>(() => assessor.AssessAll([FourHavesArbitraries.Perfect(), null!]));

        Assert.Equal([CommonErrorCodes.Required], error.Codes);
    }

    [Fact]
    public void A_batch_is_assessed_in_order()
    {
        var all = assessor.AssessAll([FourHavesArbitraries.Perfect("E1"), FourHavesArbitraries.Empty("E2")]);

        Assert.Equal(["E1", "E2"], all.Select(a => a.Enterprise.Value));
        Assert.Equal([100, 10], all.Select(a => a.Total));
    }

    [Fact]
    public void A_host_table_replaces_the_default()
    {
        var policy = FourHavesPolicy.Default with
        {
            SeatMaximum = 40,
            ActionMaximum = 10,
            Indicators =
            [
                .. FourHavesPolicy.Default.Indicators.Where(i => i.Have is Have.Attraction or Have.Supervision),
                new FourHavesIndicator("S", Have.Seat, new FlagRule(EnterpriseFact.TakesPartInDecisions, 40)),
                new FourHavesIndicator("A", Have.Action, new CountRule(EnterpriseFact.PioneerPosts, 5, 10)),
            ],
            Vetoes = [],
        };
        var custom = new FourHavesAssessor(policy);

        var a = custom.Assess(FourHavesArbitraries.Perfect() with { SeriousViolationsUnresolved = 1, ViolationsFound = 1 });

        Assert.Equal(40, a.Seat);
        Assert.Equal(10, a.Action);
        Assert.Equal(24, custom.PointsToMeet(Have.Seat));
        Assert.False(a.Vetoed);
    }

    [Theory]
    [InlineData(4, 2, 3, 0)]
    [InlineData(4, 3, 3, 5)]
    [InlineData(4, 0, 1, 0)]
    [InlineData(4, 1, 1, 5)]
    [InlineData(0, 0, 1, 2)]
    public void Share_bands_are_exact_for_exclusive_and_very_small_bounds(int found, int resolved, int whichBand, int points)
    {
        ShareBand band = whichBand == 3
            ? new ShareBand(RatioThreshold.MoreThan(1, 2), 5)
            : new ShareBand(RatioThreshold.MoreThan(1, 3_000_000_000), 5);
        var indicators = FourHavesPolicy.Default.Indicators
            .Where(i => i.Key != "SUPERVISION.VIOLATIONS_RESOLVED" && i.Key != "SUPERVISION.NO_SERIOUS_UNRESOLVED")
            .Append(new FourHavesIndicator("R", Have.Supervision, new ShareRule(EnterpriseFact.ViolationsResolved, EnterpriseFact.ViolationsFound, [band], 2)))
            .Append(new FourHavesIndicator("N", Have.Supervision, new AbsenceRule(EnterpriseFact.SeriousViolationsUnresolved, 2)));
        var custom = new FourHavesAssessor(FourHavesPolicy.Default with { Indicators = [.. indicators] });
        var profile = FourHavesArbitraries.Empty() with { ViolationsFound = found, ViolationsResolved = resolved };

        var a = custom.Assess(profile);

        Assert.Equal((found == 0 ? 3 : 0) + points + 2, a.Supervision);
        Assert.Equal(points, new ShareRule(EnterpriseFact.ViolationsResolved, EnterpriseFact.ViolationsFound, [band], 2).PointsFor(profile));
    }

    [Fact]
    public void A_table_on_a_very_large_scale_is_graded_without_a_huge_lookup()
    {
        const int quarter = 250_000_000;
        var policy = FourHavesPolicy.Default with
        {
            SeatMaximum = quarter, ActionMaximum = quarter, AttractionMaximum = quarter, SupervisionMaximum = quarter, TotalMaximum = 4 * quarter,
            Indicators =
            [
                new FourHavesIndicator("S", Have.Seat, new FlagRule(EnterpriseFact.TakesPartInDecisions, quarter)),
                new FourHavesIndicator("A", Have.Action, new CountRule(EnterpriseFact.PioneerPosts, quarter, quarter)),
                new FourHavesIndicator("T", Have.Attraction, new FlagRule(EnterpriseFact.UnionEstablished, quarter)),
                new FourHavesIndicator("V", Have.Supervision, new AbsenceRule(EnterpriseFact.SeriousViolationsUnresolved, quarter)),
            ],
            GradeBands = [new(Grade.Poor, 0, 599_999_999), new(Grade.Fair, 600_000_000, 749_999_999), new(Grade.Good, 750_000_000, 899_999_999), new(Grade.Excellent, 900_000_000, 4 * quarter)],
        };

        var a = new FourHavesAssessor(policy).Assess(FourHavesArbitraries.Perfect());

        Assert.Equal(4 * quarter, a.Total);
        Assert.Equal(Grade.Excellent, a.Grade);
        Assert.Equal(Grade.Good, new FourHavesAssessor(policy).Assess(FourHavesArbitraries.Perfect() with { UnionEstablished = false }).Grade);
    }
}
