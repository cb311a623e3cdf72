using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Affiliation;

public sealed class MigrantBranchAdvisorTests
{
    private readonly MigrantBranchAdvisor advisor = new(AffiliationPolicy.Default);

    private static readonly OrganizationRegistry Registry = new(
        [
            new PartyOrganization(new OrganizationId("waikou"), "Waikou branch", OrganizationLevel.Branch, OrganizationKind.Migrant, "WK"),
            new PartyOrganization(new OrganizationId("v-east"), "East village branch", OrganizationLevel.Branch, OrganizationKind.Village, "EAST"),
        ],
        []);

    private static MobileMember M(string id, string? area, MembershipStatus status = MembershipStatus.Full) => new(new MemberId(id), status, area);

    [Fact]
    public void Three_full_members_in_an_area_without_a_migrant_branch_get_a_recommendation_with_candidate_secretaries_by_id()
    {
        MobileMember[] members =
        [
            M("m3", "EAST"), M("m1", "EAST"), M("m9", "EAST", MembershipStatus.Probationary), M("m2", "EAST"),
        ];

        var advice = Assert.Single(advisor.Advise(members, Registry));

        Assert.Equal("EAST", advice.AreaCode);
        Assert.Equal(3, advice.FullMembers);
        Assert.Equal(1, advice.ProbationaryMembers);
        Assert.Equal([new MemberId("m1"), new MemberId("m2"), new MemberId("m3")], advice.CandidateSecretaries);
        Assert.Equal(
            [AffiliationReasonCodes.EstablishMigrantBranch, AffiliationReasonCodes.SecretaryFromMigrants, AffiliationReasonCodes.LiaisonOfficer],
            advice.Reasons.Select(r => r.Code));
        Assert.Contains("EAST", advice.Reasons[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_full_members_and_any_number_of_probationary_members_are_not_enough()
    {
        MobileMember[] members =
        [
            M("m1", "EAST"), M("m2", "EAST"), M("p1", "EAST", MembershipStatus.Probationary), M("p2", "EAST", MembershipStatus.Probationary),
        ];

        Assert.Empty(advisor.Advise(members, Registry));
    }

    [Fact]
    public void An_area_a_migrant_branch_already_serves_gets_no_recommendation()
    {
        Assert.Empty(advisor.Advise([M("a", "WK"), M("b", "WK"), M("c", "WK"), M("d", "WK")], Registry));
    }

    [Fact]
    public void Members_without_fixed_residence_live_in_no_area_and_areas_come_back_in_code_order()
    {
        MobileMember[] members =
        [
            M("z1", "ZED"), M("n1", null), M("n2", null), M("n3", null), M("z2", "ZED"), M("a1", "ALPHA"),
            M("a2", "ALPHA"), M("z3", "ZED"), M("a3", "ALPHA"),
        ];

        Assert.Equal(["ALPHA", "ZED"], advisor.Advise(members, Registry).Select(a => a.AreaCode));
    }

    [Fact]
    public void The_threshold_is_policy()
    {
        var strict = new MigrantBranchAdvisor(AffiliationPolicy.Default with { MinimumFullMembersForMigrantBranch = 5 });
        MobileMember[] members = [M("1", "X"), M("2", "X"), M("3", "X"), M("4", "X")];

        Assert.Empty(strict.Advise(members, Registry));
        Assert.Single(advisor.Advise(members, Registry));
    }

    [Fact]
    public void Advice_does_not_depend_on_member_order()
    {
        MobileMember[] members = [M("c", "X"), M("a", "X"), M("b", "X"), M("d", "Y"), M("e", "Y"), M("f", "Y")];

        var forward = advisor.Advise(members, Registry);
        var backward = advisor.Advise(members.Reverse(), Registry);

        Assert.Equal(forward.Select(a => (a.AreaCode, string.Join(",", a.CandidateSecretaries))), backward.Select(a => (a.AreaCode, string.Join(",", a.CandidateSecretaries))));
    }

    [Fact]
    public void Duplicates_and_malformed_members_are_refused_with_every_failure_listed()
    {
        MobileMember[] members = [M("a", "X"), M("a", "X"), new MobileMember(default, MembershipStatus.Full, "")];

        var error = Assert.Throws<InvalidInputException>(() => advisor.Advise(members, Registry));

        Assert.Equal([AffiliationErrorCodes.MemberDuplicate, AffiliationErrorCodes.MemberIdMissing, AffiliationErrorCodes.AreaCodeEmpty], error.Codes);
        Assert.Throws<ArgumentNullException>(() => advisor.Advise(null!, Registry));
        Assert.Throws<ArgumentNullException>(() => advisor.Advise([], null!));

        // Issue 13 item 5: a null element is a coded InvalidInputException (it was an ArgumentNullException).
        var nullMember = Assert.Throws<InvalidInputException>(() => advisor.Advise([M("a", "X"), null!], Registry));
        Assert.Equal([CommonErrorCodes.Required], nullMember.Codes);
        Assert.Equal("members[1]", Assert.Single(nullMember.Errors).PropertyName);
    }

    [Fact]
    public void A_policy_with_no_threshold_is_refused()
    {
        var error = Assert.Throws<InvalidInputException>(() => new MigrantBranchAdvisor(AffiliationPolicy.Default with { MinimumFullMembersForMigrantBranch = 0 }));

        Assert.Equal([AffiliationErrorCodes.PolicyNotPositive], error.Codes);
    }

    [Fact]
    public void Recommendation_text_is_localized()
    {
        MobileMember[] members = [M("1", "X"), M("2", "X"), M("3", "X")];

        var chinese = Culture.Under("zh-CN", () => advisor.Advise(members, Registry))[0];
        var english = Culture.Under("en-US", () => advisor.Advise(members, Registry))[0];

        Assert.NotEqual(english.Reasons[2].Message, chinese.Reasons[2].Message);
    }
}
