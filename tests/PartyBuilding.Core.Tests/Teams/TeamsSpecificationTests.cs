using NodaTime;
using PartyBuilding.Core.Teams;
using PartyBuilding.Core.Teams.Specifications;
using static PartyBuilding.Core.Tests.Teams.TeamFixtures;

namespace PartyBuilding.Core.Tests.Teams;

public sealed class TeamsSpecificationTests
{
    [Fact]
    public void Teams_identified_and_not_in_rectification_are_found_earliest_first()
    {
        var weak = TeamAssessmentSummary.Of(Assessor.Assess(Sound("V2").Meeting(WeakTeamCriterion.LowSatisfaction), AsOf));
        TeamAssessmentSummary[] rows =
        [
            weak,
            weak with { Organization = new("V1"), AssessedOn = AsOf.PlusDays(-1) },
            weak with { Organization = new("V3"), InRectification = true },
            TeamAssessmentSummary.Of(Assessor.Assess(Sound("V4"), AsOf)),
        ];

        Assert.Equal(["V1", "V2"], new TeamsAwaitingRectificationSpec().Evaluate(rows).Select(r => r.Organization.Value));
        Assert.Equal(1, weak.CriteriaMet);
    }

    [Fact]
    public void Branches_due_or_overdue_for_their_mid_term_inspection_are_found_from_the_day_the_window_opens()
    {
        var elected = new LocalDate(2021, 3, 20);
        var due = MidTermInspectionSummary.Of(MidTermInspection.Schedule(new("V1"), elected, FixturePolicies));
        MidTermInspectionSummary[] rows =
        [
            due,
            MidTermInspectionSummary.Of(MidTermInspection.Schedule(new("V2"), elected.PlusDays(-1), FixturePolicies)),
            MidTermInspectionSummary.Of(MidTermInspection.Schedule(new("V3"), elected.PlusDays(-10), FixturePolicies), new LocalDate(2023, 6, 1)),
        ];

        Assert.Empty(new MidTermInspectionsDueSpec(new LocalDate(2023, 6, 18)).Evaluate(rows));
        Assert.Equal(["V2"], new MidTermInspectionsDueSpec(new LocalDate(2023, 6, 19)).Evaluate(rows).Select(r => r.Branch.Value));
        Assert.Equal(["V2", "V1"], new MidTermInspectionsDueSpec(new LocalDate(2023, 9, 21)).Evaluate(rows).Select(r => r.Branch.Value));
    }

    [Fact]
    public void Progress_checks_due_and_rectifications_overdue_follow_the_case_deadlines()
    {
        var start = new LocalDate(2026, 1, 15);
        var open = Identified(start);
        var checkedCase = RectificationCase.Identify(new("R-2"), new("V2"), [WeakTeamCriterion.ElectionNotOnTime], start, FixturePolicies);
        checkedCase.ApprovePlan(start, "Plan");
        checkedCase.CheckProgress(start.PlusMonths(5), "Note");
        RectificationCaseSummary[] rows = [RectificationCaseSummary.Of(open), RectificationCaseSummary.Of(checkedCase)];

        Assert.Empty(new ProgressChecksDueSpec(new LocalDate(2026, 7, 14)).Evaluate(rows));
        Assert.Equal(["R-1"], new ProgressChecksDueSpec(new LocalDate(2026, 7, 15)).Evaluate(rows).Select(r => r.Id.Value));
        Assert.Empty(new RectificationsOverdueSpec(new LocalDate(2027, 1, 15)).Evaluate(rows));
        Assert.Equal(["R-1", "R-2"], new RectificationsOverdueSpec(new LocalDate(2027, 1, 16)).Evaluate(rows).Select(r => r.Id.Value));
    }

    [Fact]
    public void Cadres_with_training_overdue_are_found_the_day_after_it_fell_due()
    {
        var elected = new LocalDate(2026, 3, 10);
        var late = CadreTrainingSummary.Of(Training.Assess(new CadreTrainingRecord { Cadre = new("C2"), ElectedOn = elected }, elected));
        var trained = CadreTrainingSummary.Of(Training.Assess(new CadreTrainingRecord { Cadre = new("C1"), ElectedOn = elected, Sessions = [new(elected, 3)] }, elected));
        CadreTrainingSummary[] rows = [late, trained];

        Assert.Empty(new CadresWithTrainingOverdueSpec(new LocalDate(2026, 6, 10)).Evaluate(rows));
        Assert.Equal(["C2"], new CadresWithTrainingOverdueSpec(new LocalDate(2026, 6, 11)).Evaluate(rows).Select(r => r.Cadre.Value));
        Assert.Equal(["C1", "C2"], new CadresWithTrainingOverdueSpec(new LocalDate(2028, 1, 1)).Evaluate(rows).Select(r => r.Cadre.Value));
    }
}
