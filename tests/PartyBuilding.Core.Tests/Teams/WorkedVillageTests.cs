using NodaTime;
using PartyBuilding.Core.Teams;
using PartyBuilding.Core.Teams.Specifications;
using static PartyBuilding.Core.Tests.Teams.TeamFixtures;

namespace PartyBuilding.Core.Tests.Teams;

/// <summary>The worked village of docs/teams.md, from identification to acceptance: every figure the page shows.</summary>
public sealed class WorkedVillageTests
{
    private static readonly OrganizationId Beiling = new("beiling");

    private static readonly TeamProfile Profile = new()
    {
        Organization = Beiling,
        SecretaryVacantSince = new LocalDate(2026, 2, 20),
        WorkStalled = true,
        RequiredMeetingsDue = 12,
        RequiredMeetingsHeld = 7,
        LastDevelopmentCandidateOn = new LocalDate(2023, 11, 5),
        PetitionsInPeriod = 6,
        AssessmentRank = 14,
        AssessmentRanked = 14,
        PublicSatisfaction = Ratio.Of(55, 100),
        CadresAdvisedAdjustNotAdjusted = 1,
        MidTermFinding = MidTermFinding.Fair,
    };

    [Fact]
    public void Beiling_is_identified_proposed_rectified_and_accepted()
    {
        var asOf = new LocalDate(2026, 6, 30);
        var assessment = Assessor.Assess(Profile, asOf);
        Assert.True(assessment.IsWeakAndLax);
        Assert.Equal(
        [
            WeakTeamCriterion.SecretaryVacant, WeakTeamCriterion.MeetingsNotHeld, WeakTeamCriterion.NoDevelopmentCandidate,
            WeakTeamCriterion.PetitionsConcentrated, WeakTeamCriterion.LastInAssessment, WeakTeamCriterion.LowSatisfaction,
            WeakTeamCriterion.CadresNotAdjusted,
        ], assessment.CriteriaMet);
        Assert.Equal("Weak and lax: 7 criteria met, at least 1 identify (policy default).", assessment.Reasons[0].MessageIn(System.Globalization.CultureInfo.GetCultureInfo("en")));

        var scores = Enumerable.Range(1, 13).Select(i => new TeamScore(new OrganizationId($"v{i:00}"), 70 + i)).Append(new TeamScore(Beiling, 58));
        var proposal = Assessor.ProposeForReview(scores, asOf);
        Assert.Equal(1, proposal.Quota);
        Assert.Equal([Beiling], proposal.Proposed);

        var c = RectificationCase.Identify(new RectificationCaseId("RC-2026-01"), assessment, new LocalDate(2026, 7, 6), FixturePolicies);
        Assert.Equal(new LocalDate(2027, 1, 6), c.ProgressCheckDue);
        Assert.Equal(new LocalDate(2027, 7, 6), c.Deadline);
        Assert.Equal(["beiling"], new TeamsAwaitingRectificationSpec().Evaluate([TeamAssessmentSummary.Of(assessment)]).Select(t => t.Organization.Value));

        c.ApprovePlan(new LocalDate(2026, 7, 20), "By-elect a secretary; monthly three meetings and one lecture; two development candidates; a petition desk");
        Assert.Single(new ProgressChecksDueSpec(new LocalDate(2027, 1, 6)).Evaluate([RectificationCaseSummary.Of(c)]));
        c.CheckProgress(new LocalDate(2026, 12, 28), "Secretary by-elected 2026-08-12; 5 of 5 meetings held since; satisfaction survey due in spring");
        c.Extend(new LocalDate(2027, 6, 30), 3, "Collective economy project awaits county funds");
        Assert.Equal(new LocalDate(2027, 10, 6), c.Deadline);
        Assert.False(c.IsOverdueOn(new LocalDate(2027, 7, 7)));
        c.Accept(new LocalDate(2027, 9, 25));
        Assert.Equal(RectificationState.Accepted, c.State);
        Assert.Equal(5, c.History.Count);

        var after = Assessor.Assess(
            Profile with
            {
                SecretaryVacantSince = null, WorkStalled = false, RequiredMeetingsHeld = 12, LastDevelopmentCandidateOn = new LocalDate(2027, 4, 2),
                PetitionsInPeriod = 1, AssessmentRank = 9, PublicSatisfaction = Ratio.Of(81, 100), CadresAdvisedAdjustNotAdjusted = 0,
            },
            new LocalDate(2027, 9, 25));
        Assert.False(after.IsWeakAndLax);
    }

    [Fact]
    public void Beiling_mid_term_inspection_and_new_secretary_training()
    {
        var inspection = MidTermInspection.Schedule(Beiling, new LocalDate(2021, 3, 18), FixturePolicies);
        Assert.Equal(new LocalDate(2023, 6, 18), inspection.OpensOn);
        Assert.Equal(new LocalDate(2023, 9, 18), inspection.DueOn);
        Assert.Equal(MidTermInspectionStatus.Overdue, inspection.StatusOn(new LocalDate(2023, 9, 19), null));

        var secretary = new CadreTrainingRecord
        {
            Cadre = new CadreId("liu-secretary"),
            ElectedOn = new LocalDate(2026, 8, 12),
            Sessions = [new(new LocalDate(2026, 9, 3), 3)],
            Posts = [new(CadrePostKind.Assistant, new LocalDate(2026, 8, 12), new LocalDate(2027, 2, 12))],
        };
        var standing = Training.Assess(secretary, new LocalDate(2026, 12, 28));
        Assert.Equal(TrainingStatus.Done, standing.Induction);
        Assert.Equal(new LocalDate(2026, 11, 12), standing.InductionDueOn);
        Assert.Equal(TrainingStatus.NotRequired, standing.Rotation);
        Assert.Equal(new LocalDate(2027, 12, 31), standing.RotationDueOn);
        Assert.Equal([TeamsReasonCodes.InductionDone, TeamsReasonCodes.RotationNotRequired, TeamsReasonCodes.AssistantPost], standing.Reasons.Select(r => r.Code));
    }
}
