using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Affiliation;

public sealed class AffiliationValidatorTests
{
    [Fact]
    public void The_default_policy_is_valid()
    {
        Assert.True(new AffiliationPolicyValidator().Validate(AffiliationPolicy.Default).IsValid);
        Assert.Equal(3, AffiliationPolicy.Default.MinimumFullMembersForMigrantBranch);
        Assert.Equal((1, 6, 6), (AffiliationPolicy.Default.ReportingIntervalMonths, AffiliationPolicy.Default.LostContactMonths, AffiliationPolicy.Default.WithdrawalReviewMonths));
    }

    [Theory]
    [InlineData(0, 1, 6, 6, AffiliationErrorCodes.PolicyNotPositive)]
    [InlineData(3, 0, 6, 6, AffiliationErrorCodes.PolicyNotPositive)]
    [InlineData(3, 1, -1, 6, AffiliationErrorCodes.PolicyNotPositive)]
    [InlineData(3, 1, 6, 0, AffiliationErrorCodes.PolicyNotPositive)]
    [InlineData(3, 6, 6, 12, AffiliationErrorCodes.PolicyOutOfOrder)]
    [InlineData(3, 7, 12, 6, AffiliationErrorCodes.PolicyOutOfOrder)]
    [InlineData(3, 1, 1201, 6, AffiliationErrorCodes.PolicyTooLarge)]
    public void A_policy_out_of_order_or_not_positive_is_refused_with_its_code(int minimum, int reporting, int lost, int withdrawal, string code)
    {
        var policy = new AffiliationPolicy
        {
            MinimumFullMembersForMigrantBranch = minimum,
            ReportingIntervalMonths = reporting,
            LostContactMonths = lost,
            WithdrawalReviewMonths = withdrawal,
        };

        var result = new AffiliationPolicyValidator().Validate(policy);

        Assert.Contains(code, result.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Policy_failures_are_localized()
    {
        var policy = AffiliationPolicy.Default with { ReportingIntervalMonths = 0 };
        var english = Culture.Under("en-US", () => new AffiliationPolicyValidator().Validate(policy)).Errors[0];
        var chinese = Culture.Under("zh-CN", () => new AffiliationPolicyValidator().Validate(policy)).Errors[0];

        Assert.Equal(english.ErrorCode, chinese.ErrorCode);
        Assert.NotEqual(english.ErrorMessage, chinese.ErrorMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("someone")]
    public void A_well_formed_member_passes(string? introducer)
    {
        var member = new MobileMember(new MemberId("m"), MembershipStatus.Probationary, null, introducer is null ? null : new MemberId(introducer));

        Assert.True(new MobileMemberValidator().Validate(member).IsValid);
        Assert.True(MobileMemberValidator.Accepts(member));
    }

    [Fact]
    public void A_self_introduced_member_is_refused()
    {
        var member = new MobileMember(new MemberId("m"), MembershipStatus.Full, "A", new MemberId("m"));

        Assert.Equal([AffiliationErrorCodes.SelfIntroduced], new MobileMemberValidator().Validate(member).Errors.Select(e => e.ErrorCode));
        Assert.False(MobileMemberValidator.Accepts(member));
    }

    [Fact]
    public void Failures_name_the_property_and_show_its_value()
    {
        var member = new MobileMember(new MemberId("m"), (MembershipStatus)(-3), "A");

        var failure = Assert.Single(new MobileMemberValidator().Validate(member).Errors);

        Assert.Equal((AffiliationErrorCodes.StatusUndefined, "Status", (object)(MembershipStatus)(-3)), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Contains("-3", Culture.Under("en", () => new MobileMemberValidator().Validate(member)).Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    private static readonly Arbitrary<MobileMember> AnyMember =
        (from id in Gen.Elements<MemberId>(default, new MemberId("a"), new MemberId("b"))
         from status in Gen.Elements(-1, 0, 1, 2, int.MinValue).Select(s => (MembershipStatus)s)
         from area in Gen.Elements<string?>(null, "", " ", "\t", "A", "a")
         from introducer in Gen.Elements<MemberId?>(null, default(MemberId), new MemberId("a"), new MemberId("b"))
         select new MobileMember(id, status, area, introducer)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property The_batch_check_accepts_exactly_what_the_validator_accepts() =>
        Prop.ForAll(AnyMember, member => MobileMemberValidator.Accepts(member) == new MobileMemberValidator().Validate(member).IsValid);

    [Fact]
    public void Ids_that_cannot_be_made_empty_are_refused_by_the_id_type()
    {
        Assert.Equal([CommonErrorCodes.IdEmpty], Assert.Throws<InvalidInputException>(() => new MemberId(" ")).Codes);
    }

    [Fact]
    public void A_contact_record_with_a_missing_member_or_undefined_kind_is_refused()
    {
        var result = new ContactRecordValidator().Validate(new ContactRecord(default, (ContactKind)(-1), new NodaTime.LocalDate(2026, 1, 1)));

        Assert.Equal([AffiliationErrorCodes.MemberIdMissing, AffiliationErrorCodes.ContactKindUndefined], result.Errors.Select(e => e.ErrorCode));
    }
}
