using NodaTime;
using PartyBuilding.Core.Teams;

namespace PartyBuilding.Core.Tests.Teams;

internal static class TeamFixtures
{
    public static readonly LocalDate AsOf = new(2026, 6, 30);

    public static readonly PolicySet<TeamsPolicy> FixturePolicies = PolicySet.Of(TeamsPolicy.Default);

    public static readonly WeakTeamAssessor Assessor = new();

    public static readonly CadreTrainingAssessor Training = new();

    /// <summary>A team that meets no criterion on <see cref="AsOf"/>.</summary>
    public static TeamProfile Sound(string id = "V1") => new()
    {
        Organization = new OrganizationId(id),
        RequiredMeetingsDue = 12,
        RequiredMeetingsHeld = 12,
        LastDevelopmentCandidateOn = AsOf.PlusMonths(-6),
        PetitionsInPeriod = 0,
        AssessmentRank = 3,
        AssessmentRanked = 10,
        PublicSatisfaction = Ratio.Of(9, 10),
        MidTermFinding = MidTermFinding.Good,
    };

    /// <summary><paramref name="team"/> changed so that it clearly meets <paramref name="criterion"/> on <see cref="AsOf"/>.</summary>
    public static TeamProfile Meeting(this TeamProfile team, WeakTeamCriterion criterion) => criterion switch
    {
        WeakTeamCriterion.SecretaryVacant => team with { WorkStalled = true, SecretaryVacantSince = AsOf.PlusYears(-1) },
        WeakTeamCriterion.MeetingsNotHeld => team with { RequiredMeetingsDue = 10, RequiredMeetingsHeld = 0 },
        WeakTeamCriterion.NoDevelopmentCandidate => team with { LastDevelopmentCandidateOn = null },
        WeakTeamCriterion.PetitionsConcentrated => team with { PetitionsInPeriod = 50 },
        WeakTeamCriterion.LastInAssessment => team with { AssessmentRank = 10, AssessmentRanked = 10 },
        WeakTeamCriterion.LowSatisfaction => team with { PublicSatisfaction = Ratio.Zero },
        WeakTeamCriterion.ElectionNotOnTime => team with { ElectionCompletedOnTime = false },
        WeakTeamCriterion.CadresNotAdjusted => team with { CadresAdvisedAdjustNotAdjusted = 3 },
        _ => team with { MidTermFinding = MidTermFinding.Poor },
    };

    public static RectificationCase Identified(LocalDate? on = null) =>
        RectificationCase.Identify(new RectificationCaseId("R-1"), new OrganizationId("V1"), [WeakTeamCriterion.SecretaryVacant], on ?? AsOf, FixturePolicies);

    public static string CodeOf(Action action)
    {
        try
        {
            action();
        }
        catch (InvalidInputException e)
        {
            return string.Join(",", e.Errors.Select(f => f.ErrorCode));
        }
        catch (InvalidOperationException e)
        {
            return e.Message.Split(':')[0];
        }

        return "none";
    }
}
