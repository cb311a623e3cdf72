using PartyBuilding.Core.Teams;
using PartyBuilding.Core.Teams.Validation;
using static PartyBuilding.Core.Tests.Teams.TeamFixtures;

namespace PartyBuilding.Core.Tests.Teams;

public sealed class TeamsValidatorTests
{
    private static string[] Codes<T>(FluentValidation.IValidator<T> validator, T value) =>
        [.. validator.Validate(value).Errors.Select(e => $"{e.PropertyName}:{e.ErrorCode}")];

    [Fact]
    public void The_default_policy_and_a_sound_profile_are_valid()
    {
        Assert.Empty(Codes(new TeamsPolicyValidator(), TeamsPolicy.Default));
        Assert.Empty(Codes(new TeamProfileValidator(), Sound()));
    }

    [Fact]
    public void The_policy_validator_lists_every_failure()
    {
        var policy = TeamsPolicy.Default with
        {
            SecretaryVacantMonths = -1,
            ProgressCheckMonths = 13,
            MidTermWindowMonths = 31,
            CriteriaToIdentify = 0,
            InductionMinDays = 367,
            SatisfactionAtLeast = RatioThreshold.AtLeast(3, 2),
            ReviewShare = Ratio.Zero,
            NoDevelopmentCandidateMonths = 1201,
        };

        Assert.Equal(
        [
            "SecretaryVacantMonths:TEAM.POLICY_OUT_OF_RANGE",
            "NoDevelopmentCandidateMonths:TEAM.POLICY_OUT_OF_RANGE",
            "ProgressCheckMonths:TEAM.POLICY_OUT_OF_RANGE",
            "MidTermWindowMonths:TEAM.POLICY_OUT_OF_RANGE",
            "CriteriaToIdentify:TEAM.POLICY_OUT_OF_RANGE",
            "InductionMinDays:TEAM.POLICY_OUT_OF_RANGE",
            "SatisfactionAtLeast:TEAM.SHARE_ABOVE_ONE",
            "ReviewShare:TEAM.POLICY_OUT_OF_RANGE",
        ], Codes(new TeamsPolicyValidator(), policy));
    }

    [Fact]
    public void A_service_built_from_an_invalid_policy_set_names_the_version()
    {
        var e = Assert.Throws<InvalidInputException>(() => new WeakTeamAssessor(PolicySet.Of(TeamsPolicy.Default with { RectificationMonths = 0 }, "bad")));

        Assert.Contains(e.Errors, f => f.ErrorCode == TeamsErrorCodes.PolicyOutOfRange && f.PropertyName.Contains("[bad]", StringComparison.Ordinal));
    }

    [Fact]
    public void The_profile_validator_checks_ranks_and_findings()
    {
        Assert.Equal(["AssessmentRank:TEAM.RANK_INCOMPLETE"], Codes(new TeamProfileValidator(), Sound() with { AssessmentRanked = null }));
        Assert.Equal(["AssessmentRank:TEAM.RANK_OUT_OF_RANGE"], Codes(new TeamProfileValidator(), Sound() with { AssessmentRank = 0 }));
        Assert.Equal(["MidTermFinding:TEAM.ENUM_UNDEFINED"], Codes(new TeamProfileValidator(), Sound() with { MidTermFinding = (MidTermFinding)7 }));
        Assert.Equal(
            ["RequiredMeetingsDue:TEAM.COUNT_NEGATIVE", "RequiredMeetingsHeld:TEAM.COUNT_NEGATIVE", "CadresAdvisedAdjustNotAdjusted:TEAM.COUNT_NEGATIVE"],
            Codes(new TeamProfileValidator(), Sound() with { RequiredMeetingsDue = -1, RequiredMeetingsHeld = -1, CadresAdvisedAdjustNotAdjusted = -2 }));
    }

    [Fact]
    public void The_training_record_validator_refuses_null_lists_and_items()
    {
        var record = new CadreTrainingRecord { Cadre = new CadreId("C"), ElectedOn = AsOf, Sessions = null!, Posts = [null!] };

        Assert.Equal(["Sessions:COMMON.REQUIRED", "Posts[0]:COMMON.REQUIRED"], Codes(new CadreTrainingRecordValidator(), record));
    }
}
