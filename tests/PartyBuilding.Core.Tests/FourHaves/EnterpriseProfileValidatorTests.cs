using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Validation;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

public sealed class EnterpriseProfileValidatorTests
{
    private readonly EnterpriseProfileValidator validator = new();

    private string[] Codes(EnterpriseProfile profile) => [.. validator.Validate(profile).Errors.Select(e => e.ErrorCode).Distinct()];

    [Fact]
    public void The_sample_profiles_are_valid()
    {
        Assert.Empty(Codes(FourHavesArbitraries.Perfect()));
        Assert.Empty(Codes(FourHavesArbitraries.Empty()));
    }

    [Fact]
    public void A_default_id_is_refused() =>
        Assert.Equal([FourHavesErrorCodes.EnterpriseIdMissing], Codes(FourHavesArbitraries.Empty() with { Id = default }));

    [Fact]
    public void A_whitespace_area_code_is_refused() =>
        Assert.Equal([FourHavesErrorCodes.AreaCodeEmpty], Codes(FourHavesArbitraries.Empty() with { AreaCode = " " }));

    [Fact]
    public void Every_negative_count_is_refused_once()
    {
        var profile = FourHavesArbitraries.Empty() with
        {
            FullMembers = -1, ProbationaryMembers = -1, MembersInManagement = -1, IdeasCollected = -1, IdeasAdopted = -1,
            MembersInKeyPosts = -1, TechnicalAchievements = -1, PioneerPosts = -1, ActivitiesHeld = -1,
            LeagueMembersAndYoungWorkers = -1, MembershipApplicants = -1, ViolationsFound = -1, ViolationsReported = -1,
            ViolationsResolved = -1, SeriousViolationsUnresolved = -1,
        };

        var errors = validator.Validate(profile).Errors;

        Assert.Equal(15, errors.Count);
        Assert.All(errors, e => Assert.Equal(FourHavesErrorCodes.CountNegative, e.ErrorCode));
    }

    [Fact]
    public void An_undefined_compliance_area_is_refused() =>
        Assert.Equal([FourHavesErrorCodes.ComplianceAreaUndefined], Codes(FourHavesArbitraries.Empty() with { ComplianceChecks = (ComplianceArea)64 }));

    [Theory]
    [InlineData(2, 1, 3, true)]
    [InlineData(2, 1, 4, false)]
    public void Members_in_management_cannot_exceed_members(int full, int probationary, int management, bool valid) =>
        Assert.Equal(valid ? [] : [FourHavesErrorCodes.ManagementExceedsMembers], Codes(FourHavesArbitraries.Empty() with { FullMembers = full, ProbationaryMembers = probationary, MembersInManagement = management }));

    [Fact]
    public void Members_in_key_posts_cannot_exceed_members() =>
        Assert.Equal([FourHavesErrorCodes.KeyPostsExceedMembers], Codes(FourHavesArbitraries.Empty() with { FullMembers = 2, MembersInKeyPosts = 3 }));

    [Fact]
    public void A_branch_led_by_management_needs_a_member_in_management() =>
        Assert.Equal([FourHavesErrorCodes.LeaderNotInManagement], Codes(FourHavesArbitraries.Empty() with { FullMembers = 3, BranchLedByManagement = true }));

    [Fact]
    public void Ideas_adopted_cannot_exceed_ideas_collected() =>
        Assert.Equal([FourHavesErrorCodes.IdeasAdoptedExceedCollected], Codes(FourHavesArbitraries.Empty() with { IdeasCollected = 2, IdeasAdopted = 3 }));

    [Fact]
    public void Applicants_cannot_exceed_league_members_and_young_workers() =>
        Assert.Equal([FourHavesErrorCodes.ApplicantsExceedYouth], Codes(FourHavesArbitraries.Empty() with { LeagueMembersAndYoungWorkers = 1, MembershipApplicants = 2 }));

    [Fact]
    public void Violations_reported_or_resolved_cannot_exceed_violations_found() =>
        Assert.Equal(
            [FourHavesErrorCodes.ReportedExceedFound, FourHavesErrorCodes.ResolvedExceedFound],
            Codes(FourHavesArbitraries.Empty() with { ViolationsFound = 1, ViolationsReported = 2, ViolationsResolved = 2 }));

    [Theory]
    [InlineData(3, 1, 2, true)]
    [InlineData(3, 1, 3, false)]
    public void Serious_unresolved_violations_cannot_exceed_unresolved_ones(int found, int resolved, int serious, bool valid) =>
        Assert.Equal(
            valid ? [] : [FourHavesErrorCodes.SeriousExceedUnresolved],
            Codes(FourHavesArbitraries.Empty() with { ViolationsFound = found, ViolationsResolved = resolved, SeriousViolationsUnresolved = serious }));

    [Fact]
    public void Messages_exist_in_english_and_chinese()
    {
        var profile = FourHavesArbitraries.Empty() with { IdeasCollected = 0, IdeasAdopted = 1 };

        var english = Culture.Under("en", () => validator.Validate(profile).Errors[0].ErrorMessage);
        var chinese = Culture.Under("zh-CN", () => validator.Validate(profile).Errors[0].ErrorMessage);

        Assert.NotEqual(english, chinese);
        Assert.DoesNotContain("FH.", english, StringComparison.Ordinal);
    }
}
