using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Governance.Validation;
using static PartyBuilding.Core.Tests.Governance.GovernanceFixtures;

namespace PartyBuilding.Core.Tests.Governance;

public sealed class GovernanceValidatorTests
{
    private static readonly LocalDate Day = new(2026, 5, 1);

    [Theory]
    [InlineData(10, 11, 5, 0, 0, GovernanceErrorCodes.PresentAboveDue)]
    [InlineData(10, 5, 6, 0, 0, GovernanceErrorCodes.VotesAbovePresent)]
    [InlineData(0, 0, 0, 0, 0, GovernanceErrorCodes.DueNotPositive)]
    [InlineData(-1, 0, 0, 0, 0, GovernanceErrorCodes.CountNegative)]
    [InlineData(10, 5, -1, 0, 0, GovernanceErrorCodes.CountNegative)]
    [InlineData(10, 5, 5, 3, 4, GovernanceErrorCodes.HouseholdsAboveDue)]
    public void A_meeting_record_with_impossible_counts_is_refused_with_its_code(int due, int present, int votes, int households, int householdsPresent, string code)
    {
        var record = new ProcedureRecord(ProcedureRecordKind.VillagersMeeting, Day) { Due = due, Present = present, VotesFor = votes, HouseholdsDue = households, HouseholdsPresent = householdsPresent };

        Assert.Contains(code, new ProcedureRecordValidator().Validate(record).Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void A_notice_taken_down_before_it_was_posted_is_refused_and_a_disclosure_needs_no_counts()
    {
        var validator = new ProcedureRecordValidator();

        Assert.Equal([GovernanceErrorCodes.PostedUntilBeforeOn], validator.Validate(new ProcedureRecord(ProcedureRecordKind.ResultDisclosure, Day) { PostedUntil = Day.PlusDays(-1) }).Errors.Select(e => e.ErrorCode));
        Assert.True(validator.Validate(new ProcedureRecord(ProcedureRecordKind.ResultDisclosure, Day) { PostedUntil = Day }).IsValid);
        Assert.Equal([GovernanceErrorCodes.KindUndefined], validator.Validate(new ProcedureRecord((ProcedureRecordKind)99, Day)).Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void A_malformed_matter_lists_every_failure()
    {
        var matter = new MajorMatter(default, default, (GovernanceLevel)7, (MatterKind)(-1), -1m);

        var codes = new MajorMatterValidator().Validate(matter).Errors.Select(e => e.ErrorCode).ToArray();

        Assert.Equal([GovernanceErrorCodes.MatterIdMissing, GovernanceErrorCodes.OrganizationMissing, GovernanceErrorCodes.LevelUndefined, GovernanceErrorCodes.KindUndefined, GovernanceErrorCodes.AmountNegative], codes);
    }

    [Fact]
    public void The_checker_lists_every_failure_of_the_matter_and_its_records_at_once()
    {
        ProcedureRecord[] records =
        [
            Meeting(ProcedureRecordKind.BranchCommitteeMeeting, Day, 5, 6, 5),
            Meeting(ProcedureRecordKind.CommitteeMeeting, Day, 9, 9, 9),
            Meeting(ProcedureRecordKind.VillagersMeeting, Day, 90, 60, 50),
            Meeting(ProcedureRecordKind.RepresentativesMeeting, Day, 30, 25, 20),
            null!,
        ];

        var error = Assert.Throws<InvalidInputException>(() => Checker.Check(Road with { Amount = -5m }, records));

        Assert.Equal(
            [GovernanceErrorCodes.AmountNegative, GovernanceErrorCodes.PresentAboveDue, GovernanceErrorCodes.RecordNotForLevel, GovernanceErrorCodes.StepDuplicate, CommonErrorCodes.Required],
            error.Errors.Select(e => e.ErrorCode));
        Assert.Equal(["Amount", "records[0].Present", "records[1].Kind", "records[3].Kind", "records[4]"], error.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void A_procedure_without_records_is_refused()
    {
        var error = Assert.Throws<InvalidInputException>(() => Checker.Check(Road, []));

        Assert.Equal([GovernanceErrorCodes.RecordsEmpty], error.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void The_default_policies_are_valid_and_their_figures_are_the_documented_ones()
    {
        var policy = GovernancePolicy.Default;

        Assert.True(new GovernancePolicyValidator().Validate(policy).IsValid);
        Assert.True(new GovernancePolicyValidator().Validate(GovernancePolicy.Amended2026).IsValid);
        Assert.Equal((1_000_000m, 50_000m, 3, 3, 1, 5, 5, 12), (policy.LargeSumThreshold, policy.JointSignatureThreshold, policy.MembersNoticeDaysBefore, policy.GeneralDisclosureMonths, policy.FinanceDisclosureMonths, policy.MajorMatterDisclosureDays, policy.NoticePostedDays, policy.FinanceAuditMonths));
        Assert.Equal(new MeetingRule(RatioThreshold.AtLeast(1, 2), RatioThreshold.MoreThan(1, 2), true), policy.MembersMeeting);
        Assert.Equal(new MeetingRule(RatioThreshold.MoreThan(1, 2), RatioThreshold.MoreThan(1, 2), false), policy.VillagersMeeting);
        Assert.Equal(RatioThreshold.AtLeast(2, 3), policy.VillagersHouseholdQuorum);
        Assert.Equal(new MeetingRule(RatioThreshold.AtLeast(2, 3), RatioThreshold.MoreThan(1, 2), false), policy.RepresentativesMeeting);
        Assert.Equal(new MeetingRule(RatioThreshold.AtLeast(2, 3), RatioThreshold.MoreThan(1, 2), true), policy.CommitteeMeeting);
    }

    [Fact]
    public void An_inconsistent_policy_lists_every_failure_with_its_code()
    {
        var policy = GovernancePolicy.Default with
        {
            LawVersion = "",
            LargeSumThreshold = -1m,
            CommitteeMeeting = null!,
            MembersMeeting = new MeetingRule(RatioThreshold.AtLeast(3, 2), RatioThreshold.MoreThan(1, 2), true),
            GeneralDisclosureMonths = 0,
            FinanceAuditMonths = GovernancePolicy.MaxMonths + 1,
            NoticePostedDays = -1,
            VillagersMeetingArticle = 0,
        };

        var codes = new GovernancePolicyValidator().Validate(policy).Errors.Select(e => e.ErrorCode).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            [CommonErrorCodes.Required, GovernanceErrorCodes.PolicyNegative, GovernanceErrorCodes.PolicyNegative, GovernanceErrorCodes.PolicyNotPositive, GovernanceErrorCodes.PolicyNotPositive,
             GovernanceErrorCodes.PolicyRatioAboveOne, GovernanceErrorCodes.PolicyTextEmpty, GovernanceErrorCodes.PolicyTooLarge],
            codes);
        var error = Assert.Throws<InvalidInputException>(() => new ProcedureChecker(PolicySet.Of(policy)));
        Assert.All(error.Errors, e => Assert.StartsWith("policies[default].", e.PropertyName, StringComparison.Ordinal));
    }

    [Fact]
    public void Registration_gives_both_services_on_the_two_default_versions_and_refuses_a_bad_policy()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();

        Assert.IsType<ProcedureChecker>(provider.GetRequiredService<IProcedureChecker>());
        Assert.IsType<VillageAffairsMonitor>(provider.GetRequiredService<IVillageAffairsMonitor>());
        Assert.Equal(2, provider.GetRequiredService<PolicySet<GovernancePolicy>>().Versions.Count);
        Assert.Same(GovernancePolicy.Amended2026, provider.GetRequiredService<GovernancePolicy>());
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o => o.Governance = PolicySet.Of(GovernancePolicy.Default with { NoticePostedDays = -1 })));
        Assert.Equal("Governance[default].NoticePostedDays", Assert.Single(error.Errors).PropertyName);
    }
}
