using NodaTime;
using PartyBuilding.Core.Teams;
using static PartyBuilding.Core.Tests.Teams.TeamFixtures;

namespace PartyBuilding.Core.Tests.Teams;

public sealed class RectificationCaseTests
{
    private static readonly LocalDate Start = new(2026, 1, 15);

    [Fact]
    public void A_case_runs_from_identification_to_acceptance_with_its_deadlines()
    {
        var c = Identified(Start);
        Assert.Equal(RectificationState.Identified, c.State);
        Assert.Equal(new LocalDate(2026, 7, 15), c.ProgressCheckDue);
        Assert.Equal(new LocalDate(2027, 1, 15), c.Deadline);

        c.ApprovePlan(Start.PlusDays(20), "Elect a secretary; restore the three meetings and one lecture");
        c.CheckProgress(new LocalDate(2026, 7, 10), "Secretary elected; meetings held monthly");
        c.Accept(new LocalDate(2027, 1, 10));

        Assert.Equal(RectificationState.Accepted, c.State);
        Assert.Equal(4, c.History.Count);
        Assert.False(c.IsOverdueOn(new LocalDate(2030, 1, 1)));
        Assert.Equal(PolicySet.DefaultLabel, c.PolicyLabel);
    }

    [Fact]
    public void Overdue_from_the_day_after_the_deadline_not_on_it()
    {
        var c = Identified(Start);

        Assert.False(c.IsOverdueOn(new LocalDate(2027, 1, 15)));
        Assert.True(c.IsOverdueOn(new LocalDate(2027, 1, 16)));
        Assert.False(c.IsProgressCheckOverdueOn(new LocalDate(2026, 7, 15)));
        Assert.True(c.IsProgressCheckOverdueOn(new LocalDate(2026, 7, 16)));
    }

    [Fact]
    public void One_extension_with_a_reason_moves_the_deadline_from_the_day_it_is_granted()
    {
        var c = Identified(Start);
        c.ApprovePlan(Start, "Plan");
        c.CheckProgress(Start.PlusMonths(6), "Behind on the collective economy");
        c.Extend(new LocalDate(2027, 1, 15), 6, "Village road works delayed the plan");

        Assert.Equal(new LocalDate(2027, 7, 15), c.Deadline);
        Assert.False(c.IsOverdueOn(new LocalDate(2027, 7, 15)));
        Assert.True(c.IsOverdueOn(new LocalDate(2027, 7, 16)));
        Assert.Equal(TeamsErrorCodes.ExtensionAlreadyGranted, CodeOf(() => c.Extend(new LocalDate(2027, 2, 1), 1, "Again")));
    }

    [Fact]
    public void An_extension_is_refused_after_the_deadline_out_of_range_or_without_a_reason()
    {
        var c = Identified(Start);
        c.ApprovePlan(Start, "Plan");
        c.CheckProgress(Start.PlusMonths(6), "Note");

        Assert.Equal(TeamsErrorCodes.ExtensionTooLate, CodeOf(() => c.Extend(new LocalDate(2027, 1, 16), 3, "Late")));
        Assert.Equal($"{TeamsErrorCodes.ExtensionOutOfRange},{TeamsErrorCodes.TextEmpty}", CodeOf(() => c.Extend(new LocalDate(2026, 12, 1), 7, " ")));
        Assert.Equal(TeamsErrorCodes.ExtensionOutOfRange, CodeOf(() => c.Extend(new LocalDate(2026, 12, 1), 0, "Why")));
        Assert.Equal(3, c.History.Count);
    }

    [Fact]
    public void Illegal_transitions_are_refused_with_codes_and_change_nothing()
    {
        var c = Identified(Start);

        Assert.Equal(TeamsErrorCodes.IllegalTransition, CodeOf(() => c.CheckProgress(Start, "Too early")));
        Assert.Equal(TeamsErrorCodes.IllegalTransition, CodeOf(() => c.Accept(Start)));
        Assert.Equal(TeamsErrorCodes.IllegalTransition, CodeOf(() => c.Extend(Start, 1, "Why")));
        Assert.Equal(TeamsErrorCodes.TextEmpty, CodeOf(() => c.ApprovePlan(Start, "")));
        Assert.Equal(TeamsErrorCodes.EventBeforePrevious, CodeOf(() => c.ApprovePlan(Start.PlusDays(-1), "Plan")));
        Assert.Single(c.History);
        Assert.Equal(RectificationState.Identified, c.State);
    }

    [Fact]
    public void Nothing_happens_to_an_accepted_case()
    {
        var c = Identified(Start);
        c.ApprovePlan(Start, "Plan");
        c.CheckProgress(Start, "Note");
        c.Accept(Start);

        Assert.Equal(TeamsErrorCodes.IllegalTransition, CodeOf(() => c.Extend(Start, 1, "Why")));
        Assert.Equal(TeamsErrorCodes.IllegalTransition, CodeOf(() => c.Accept(Start)));
    }

    [Fact]
    public void Identification_is_checked()
    {
        Assert.Equal(
            $"{TeamsErrorCodes.IdMissing},{TeamsErrorCodes.IdMissing},{TeamsErrorCodes.CriteriaEmpty}",
            CodeOf(() => RectificationCase.Identify(default, default, [], Start, FixturePolicies)));
        Assert.Equal(
            $"{TeamsErrorCodes.CriterionDuplicate},{TeamsErrorCodes.EnumUndefined}",
            CodeOf(() => RectificationCase.Identify(new("R"), new("V"), [WeakTeamCriterion.LowSatisfaction, WeakTeamCriterion.LowSatisfaction, (WeakTeamCriterion)99], Start, FixturePolicies)));
    }

    [Fact]
    public void A_case_opens_from_an_assessment_that_found_the_team_weak_and_not_from_one_that_did_not()
    {
        var weak = Assessor.Assess(Sound().Meeting(WeakTeamCriterion.MidTermInspectionPoor), AsOf);
        var c = RectificationCase.Identify(new RectificationCaseId("R-9"), weak, AsOf, FixturePolicies);

        Assert.Equal([WeakTeamCriterion.MidTermInspectionPoor], c.Criteria);
        Assert.Equal(TeamsErrorCodes.NotWeakAndLax, CodeOf(() => RectificationCase.Identify(new RectificationCaseId("R-9"), Assessor.Assess(Sound(), AsOf), AsOf, FixturePolicies)));
        Assert.Equal(TeamsErrorCodes.EventBeforePrevious, CodeOf(() => RectificationCase.Identify(new RectificationCaseId("R-9"), weak, AsOf.PlusDays(-1), FixturePolicies)));
    }

    [Fact]
    public void A_case_keeps_its_version_and_replays_to_the_same_case()
    {
        var policies = new PolicySet<TeamsPolicy>(
        [
            new("2020", new LocalDate(2020, 1, 1), TeamsPolicy.Default),
            new("2027", new LocalDate(2027, 1, 1), TeamsPolicy.Default with { RectificationMonths = 6, ProgressCheckMonths = 3 }),
        ]);
        var c = RectificationCase.Identify(new("R-2"), new("V2"), [WeakTeamCriterion.ElectionNotOnTime], Start, policies);
        c.ApprovePlan(Start, "Plan");

        var replayed = RectificationCase.Replay(c.History);

        Assert.Equal("2020", replayed.PolicyLabel);
        Assert.Equal(new LocalDate(2027, 1, 15), replayed.Deadline);
        Assert.Equal(c.History, replayed.History);
        Assert.Equal(RectificationState.PlanApproved, replayed.State);
        Assert.Equal(TeamsErrorCodes.HistoryEmpty, CodeOf(() => RectificationCase.Replay([])));
        Assert.Equal(TeamsErrorCodes.HistoryNotStartedByIdentification, CodeOf(() => RectificationCase.Replay([new RectificationAccepted(Start)])));
        Assert.Equal(TeamsErrorCodes.PolicyVersionNotInForce, CodeOf(() => RectificationCase.Replay([new TeamIdentified(Start, new("R"), new("V"), [WeakTeamCriterion.LowSatisfaction], policies.Get("2027"))])));
    }

    [Fact]
    public void Deadlines_near_the_end_of_the_calendar_do_not_overflow()
    {
        var c = Identified(LocalDate.MaxIsoValue.PlusDays(-10));

        Assert.Equal(LocalDate.MaxIsoValue, c.Deadline);
        Assert.False(c.IsOverdueOn(LocalDate.MaxIsoValue));
    }
}
