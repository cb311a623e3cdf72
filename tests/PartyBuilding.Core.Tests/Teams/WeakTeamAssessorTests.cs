using NodaTime;
using PartyBuilding.Core.Teams;
using PartyBuilding.Core.Tests.TestSupport;
using static PartyBuilding.Core.Tests.Teams.TeamFixtures;

namespace PartyBuilding.Core.Tests.Teams;

public sealed class WeakTeamAssessorTests
{
    [Fact]
    public void A_sound_team_meets_no_criterion_and_says_so()
    {
        var result = Assessor.Assess(Sound(), AsOf);

        Assert.False(result.IsWeakAndLax);
        Assert.Empty(result.CriteriaMet);
        Assert.Equal(TeamsReasonCodes.NotWeakAndLax, Assert.Single(result.Reasons).Code);
        Assert.Equal(PolicySet.DefaultLabel, result.PolicyLabel);
        Assert.Equal(AsOf, result.AsOf);
    }

    [Theory]
    [InlineData(WeakTeamCriterion.SecretaryVacant, TeamsReasonCodes.SecretaryVacant)]
    [InlineData(WeakTeamCriterion.MeetingsNotHeld, TeamsReasonCodes.MeetingsNotHeld)]
    [InlineData(WeakTeamCriterion.NoDevelopmentCandidate, TeamsReasonCodes.NoDevelopmentCandidateRecorded)]
    [InlineData(WeakTeamCriterion.PetitionsConcentrated, TeamsReasonCodes.PetitionsConcentrated)]
    [InlineData(WeakTeamCriterion.LastInAssessment, TeamsReasonCodes.LastInAssessment)]
    [InlineData(WeakTeamCriterion.LowSatisfaction, TeamsReasonCodes.LowSatisfaction)]
    [InlineData(WeakTeamCriterion.ElectionNotOnTime, TeamsReasonCodes.ElectionNotOnTime)]
    [InlineData(WeakTeamCriterion.CadresNotAdjusted, TeamsReasonCodes.CadresNotAdjusted)]
    [InlineData(WeakTeamCriterion.MidTermInspectionPoor, TeamsReasonCodes.MidTermInspectionPoor)]
    public void Any_one_criterion_identifies_the_team_and_is_named(WeakTeamCriterion criterion, string code)
    {
        var result = Assessor.Assess(Sound().Meeting(criterion), AsOf);

        Assert.True(result.IsWeakAndLax);
        Assert.Equal([criterion], result.CriteriaMet);
        Assert.Equal([TeamsReasonCodes.WeakAndLax, code], result.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Every_criterion_met_is_named_in_order()
    {
        var team = Enum.GetValues<WeakTeamCriterion>().Aggregate(Sound(), (t, c) => t.Meeting(c));

        var result = Assessor.Assess(team, AsOf);

        Assert.Equal(Enum.GetValues<WeakTeamCriterion>(), result.CriteriaMet);
        Assert.Equal(10, result.Reasons.Count);
        Assert.Equal([9, 1, PolicySet.DefaultLabel], result.Reasons[0].Arguments);
    }

    [Fact]
    public void Vacant_exactly_three_months_is_not_a_criterion_the_day_after_it_is()
    {
        var since = new LocalDate(2026, 3, 15);
        var team = Sound() with { SecretaryVacantSince = since, WorkStalled = true };

        Assert.DoesNotContain(WeakTeamCriterion.SecretaryVacant, Assessor.Assess(team, new LocalDate(2026, 6, 15)).CriteriaMet);
        var after = Assessor.Assess(team, new LocalDate(2026, 6, 16));
        Assert.Contains(WeakTeamCriterion.SecretaryVacant, after.CriteriaMet);
        Assert.Equal([since, 3, new LocalDate(2026, 6, 16)], after.Reasons[1].Arguments);
    }

    [Fact]
    public void A_vacancy_without_stalled_work_is_not_a_criterion()
    {
        var team = Sound() with { SecretaryVacantSince = AsOf.PlusYears(-2), WorkStalled = false };

        Assert.Empty(Assessor.Assess(team, AsOf).CriteriaMet);
    }

    [Fact]
    public void Satisfaction_exactly_sixty_percent_is_not_a_criterion_just_below_it_is()
    {
        Assert.Empty(Assessor.Assess(Sound() with { PublicSatisfaction = Ratio.Of(60, 100) }, AsOf).CriteriaMet);
        Assert.Empty(Assessor.Assess(Sound() with { PublicSatisfaction = Ratio.Of(300, 500) }, AsOf).CriteriaMet);

        var below = Assessor.Assess(Sound() with { PublicSatisfaction = Ratio.Of(599, 1000) }, AsOf);
        Assert.Equal([WeakTeamCriterion.LowSatisfaction], below.CriteriaMet);
        Assert.Equal([59.9m, 60.0m], below.Reasons[1].Arguments);
    }

    [Fact]
    public void Meetings_held_exactly_at_the_share_are_enough_one_fewer_is_not()
    {
        Assert.Empty(Assessor.Assess(Sound() with { RequiredMeetingsDue = 10, RequiredMeetingsHeld = 8 }, AsOf).CriteriaMet);
        var fewer = Assessor.Assess(Sound() with { RequiredMeetingsDue = 10, RequiredMeetingsHeld = 7 }, AsOf);
        Assert.Equal([WeakTeamCriterion.MeetingsNotHeld], fewer.CriteriaMet);
        Assert.Equal([7, 10, 80.0m], fewer.Reasons[1].Arguments);
        Assert.Empty(Assessor.Assess(Sound() with { RequiredMeetingsDue = 0, RequiredMeetingsHeld = 0 }, AsOf).CriteriaMet);
    }

    [Fact]
    public void No_candidate_for_exactly_two_years_is_a_criterion_a_day_less_is_not()
    {
        Assert.Contains(WeakTeamCriterion.NoDevelopmentCandidate, Assessor.Assess(Sound() with { LastDevelopmentCandidateOn = new LocalDate(2024, 6, 30) }, AsOf).CriteriaMet);
        Assert.DoesNotContain(WeakTeamCriterion.NoDevelopmentCandidate, Assessor.Assess(Sound() with { LastDevelopmentCandidateOn = new LocalDate(2024, 7, 1) }, AsOf).CriteriaMet);
    }

    [Fact]
    public void Petitions_at_the_figure_are_concentrated_one_fewer_are_not()
    {
        Assert.Equal([WeakTeamCriterion.PetitionsConcentrated], Assessor.Assess(Sound() with { PetitionsInPeriod = 5 }, AsOf).CriteriaMet);
        Assert.Empty(Assessor.Assess(Sound() with { PetitionsInPeriod = 4 }, AsOf).CriteriaMet);
    }

    [Fact]
    public void Only_the_last_place_counts_by_default_and_the_policy_widens_it()
    {
        Assert.Empty(Assessor.Assess(Sound() with { AssessmentRank = 9, AssessmentRanked = 10 }, AsOf).CriteriaMet);
        var wider = new WeakTeamAssessor(PolicySet.Of(TeamsPolicy.Default with { LastPlacesInAssessment = 2 }));
        Assert.Equal([WeakTeamCriterion.LastInAssessment], wider.Assess(Sound() with { AssessmentRank = 9, AssessmentRanked = 10 }, AsOf).CriteriaMet);
    }

    [Fact]
    public void The_policy_may_ask_for_more_criteria_to_identify()
    {
        var two = new WeakTeamAssessor(PolicySet.Of(TeamsPolicy.Default with { CriteriaToIdentify = 2 }));

        Assert.False(two.Assess(Sound().Meeting(WeakTeamCriterion.ElectionNotOnTime), AsOf).IsWeakAndLax);
        Assert.True(two.Assess(Sound().Meeting(WeakTeamCriterion.ElectionNotOnTime).Meeting(WeakTeamCriterion.LowSatisfaction), AsOf).IsWeakAndLax);
    }

    [Fact]
    public void A_dated_assessment_uses_and_names_the_version_in_force()
    {
        var policies = new PolicySet<TeamsPolicy>(
        [
            new("2020", new LocalDate(2020, 1, 1), TeamsPolicy.Default),
            new("2026", new LocalDate(2026, 1, 1), TeamsPolicy.Default with { PetitionsConcentratedFrom = 3 }),
        ]);
        var assessor = new WeakTeamAssessor(policies);
        var team = Sound() with { PetitionsInPeriod = 3 };

        Assert.Equal("2020", assessor.Assess(team, new LocalDate(2025, 12, 31)).PolicyLabel);
        Assert.False(assessor.Assess(team, new LocalDate(2025, 12, 31)).IsWeakAndLax);
        Assert.True(assessor.Assess(team, new LocalDate(2026, 1, 1)).IsWeakAndLax);
        Assert.Equal(CommonErrorCodes.PolicyNotInForce, CodeOf(() => assessor.Assess(team, new LocalDate(2019, 1, 1))));
    }

    [Fact]
    public void An_invalid_profile_is_refused_with_every_failure()
    {
        var team = Sound() with { Organization = default, PetitionsInPeriod = -1, AssessmentRank = 11, PublicSatisfaction = Ratio.Of(3, 2) };

        var e = Assert.Throws<InvalidInputException>(() => Assessor.Assess(team, AsOf));

        Assert.Equal([TeamsErrorCodes.IdMissing, TeamsErrorCodes.CountNegative, TeamsErrorCodes.RankOutOfRange, TeamsErrorCodes.ShareAboveOne], e.Codes);
    }

    [Fact]
    public void Reasons_render_in_chinese_too()
    {
        var result = Culture.Under("zh-CN", () => Assessor.Assess(Sound().Meeting(WeakTeamCriterion.LowSatisfaction), AsOf));

        Assert.Contains("满意度", result.Reasons[1].Message);
        Assert.Contains("satisfaction", result.Reasons[1].MessageIn(System.Globalization.CultureInfo.GetCultureInfo("en")));
    }
}
