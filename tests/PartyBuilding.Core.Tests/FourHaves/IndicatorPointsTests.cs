using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

/// <summary>Every indicator of the default table, at every band edge.</summary>
public sealed class IndicatorPointsTests
{
    private static readonly EnterpriseProfile Base = FourHavesArbitraries.Empty() with { FullMembers = 6, ProbationaryMembers = 1, LeagueMembersAndYoungWorkers = 10 };

    private static int Points(string key, EnterpriseProfile profile) =>
        FourHavesPolicy.Default.Indicators.Single(i => i.Key == key).Rule.PointsFor(profile);

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 10)]
    public void Taking_part_in_decisions_gives_10_points(bool value, int points) =>
        Assert.Equal(points, Points("SEAT.DECISIONS", Base with { TakesPartInDecisions = value }));

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 8)]
    public void A_branch_led_by_management_gives_8_points(bool value, int points) =>
        Assert.Equal(points, Points("SEAT.LED_BY_MANAGEMENT", Base with { BranchLedByManagement = value, MembersInManagement = 1 }));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(10, 3)]
    public void Each_idea_collected_gives_1_point_up_to_3(int ideas, int points) =>
        Assert.Equal(points, Points("SEAT.IDEAS_COLLECTED", Base with { IdeasCollected = ideas }));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(7, 4)]
    public void Each_idea_adopted_gives_2_points_up_to_4(int adopted, int points) =>
        Assert.Equal(points, Points("SEAT.IDEAS_ADOPTED", Base with { IdeasCollected = 7, IdeasAdopted = adopted }));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(5, 10)]
    [InlineData(7, 10)]
    public void Each_member_in_a_key_post_gives_2_points_up_to_10(int members, int points) =>
        Assert.Equal(points, Points("ACTION.KEY_POSTS", Base with { MembersInKeyPosts = members }));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 3)]
    [InlineData(3, 9)]
    [InlineData(4, 9)]
    public void Each_technical_achievement_gives_3_points_up_to_9(int achievements, int points) =>
        Assert.Equal(points, Points("ACTION.TECHNICAL_ACHIEVEMENTS", Base with { TechnicalAchievements = achievements }));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(3, 6)]
    [InlineData(int.MaxValue, 6)]
    public void Each_pioneer_post_gives_2_points_up_to_6_without_overflow(int posts, int points) =>
        Assert.Equal(points, Points("ACTION.PIONEER_POSTS", Base with { PioneerPosts = posts }));

    [Theory]
    [InlineData("ATTRACTION.UNION", false, 0)]
    [InlineData("ATTRACTION.UNION", true, 5)]
    [InlineData("ATTRACTION.LEAGUE", false, 0)]
    [InlineData("ATTRACTION.LEAGUE", true, 5)]
    public void A_union_and_a_league_organization_give_5_points_each(string key, bool value, int points) =>
        Assert.Equal(points, Points(key, Base with { UnionEstablished = value, LeagueEstablished = value }));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(8, 8)]
    [InlineData(9, 9)]
    [InlineData(12, 9)]
    public void Each_activity_gives_1_point_up_to_9(int activities, int points) =>
        Assert.Equal(points, Points("ATTRACTION.ACTIVITIES", Base with { ActivitiesHeld = activities }));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 3)]
    [InlineData(2, 6)]
    [InlineData(5, 6)]
    public void Each_membership_applicant_gives_3_points_up_to_6(int applicants, int points) =>
        Assert.Equal(points, Points("ATTRACTION.APPLICANTS", Base with { MembershipApplicants = applicants }));

    [Theory]
    [InlineData(ComplianceArea.None, 0)]
    [InlineData(ComplianceArea.Tax, 3)]
    [InlineData(ComplianceArea.Tax | ComplianceArea.EnvironmentalProtection, 6)]
    [InlineData(ComplianceArea.All, 15)]
    public void Each_compliance_area_checked_gives_3_points_up_to_15(ComplianceArea areas, int points) =>
        Assert.Equal(points, Points("SUPERVISION.COMPLIANCE_CHECKS", Base with { ComplianceChecks = areas }));

    [Theory]
    [InlineData(0, 0, 3)]
    [InlineData(4, 1, 0)]
    [InlineData(4, 2, 1)]
    [InlineData(4, 3, 1)]
    [InlineData(4, 4, 3)]
    public void Violations_reported_give_1_point_from_half_and_3_for_all_or_none_found(int found, int reported, int points) =>
        Assert.Equal(points, Points("SUPERVISION.VIOLATIONS_REPORTED", Base with { ViolationsFound = found, ViolationsReported = reported }));

    [Theory]
    [InlineData(0, 0, 3)]
    [InlineData(4, 2, 0)]
    [InlineData(4, 3, 2)]
    [InlineData(4, 4, 3)]
    public void Violations_resolved_give_2_points_from_three_quarters_and_3_for_all_or_none_found(int found, int resolved, int points) =>
        Assert.Equal(points, Points("SUPERVISION.VIOLATIONS_RESOLVED", Base with { ViolationsFound = found, ViolationsResolved = resolved }));

    [Theory]
    [InlineData(0, 4)]
    [InlineData(1, 0)]
    public void No_serious_violation_left_unresolved_gives_4_points(int serious, int points) =>
        Assert.Equal(points, Points("SUPERVISION.NO_SERIOUS_UNRESOLVED", Base with { ViolationsFound = 2, SeriousViolationsUnresolved = serious }));

    [Fact]
    public void Every_indicator_of_the_default_table_is_covered_here()
    {
        var keys = FourHavesPolicy.Default.Indicators.Select(i => i.Key).ToArray();

        Assert.Equal(15, keys.Length);
        Assert.All(Enum.GetValues<Have>(), h => Assert.Equal(25, FourHavesPolicy.Default.Indicators.Where(i => i.Have == h).Sum(i => i.Rule.MaxPoints)));
    }

    [Fact]
    public void Points_for_a_null_profile_are_refused() =>
        Assert.Throws<ArgumentNullException>(() => new FlagRule(EnterpriseFact.UnionEstablished, 5).PointsFor(null!));
}
