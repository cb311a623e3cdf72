using System.Linq.Expressions;
using FluentValidation;

namespace PartyBuilding.Core.Governance.Validation;

/// <summary>
/// Refuses a governance policy with a missing or empty text, a negative sum, a share above 1, or an interval
/// that is not positive or longer than <see cref="GovernancePolicy.MaxMonths"/> / <see cref="GovernancePolicy.MaxDays"/>.
/// </summary>
public sealed class GovernancePolicyValidator : AbstractValidator<GovernancePolicy>
{
    /// <summary>Creates the validator.</summary>
    public GovernancePolicyValidator()
    {
        RuleFor(p => p.LawVersion).NotEmpty().WithCode(GovernanceErrorCodes.PolicyTextEmpty);
        RuleFor(p => p.SourceNote).NotEmpty().WithCode(GovernanceErrorCodes.PolicyTextEmpty);
        foreach (var article in new Expression<Func<GovernancePolicy, int>>[] { p => p.VillagersMeetingArticle, p => p.RepresentativesMeetingArticle, p => p.DisclosureArticle, p => p.AuditArticle })
        {
            RuleFor(article).GreaterThan(0).WithCode(GovernanceErrorCodes.PolicyNotPositive);
        }

        RuleFor(p => p.LargeSumThreshold).GreaterThanOrEqualTo(0m).WithCode(GovernanceErrorCodes.PolicyNegative);
        RuleFor(p => p.JointSignatureThreshold).GreaterThanOrEqualTo(0m).WithCode(GovernanceErrorCodes.PolicyNegative);
        var meeting = new MeetingRuleValidator();
        RuleFor(p => p.CommitteeMeeting).NotNull().WithCode(CommonErrorCodes.Required).SetValidator(meeting);
        RuleFor(p => p.BranchCommitteeMeeting).NotNull().WithCode(CommonErrorCodes.Required).SetValidator(meeting);
        RuleFor(p => p.JointMeeting).NotNull().WithCode(CommonErrorCodes.Required).SetValidator(meeting);
        RuleFor(p => p.MembersMeeting).NotNull().WithCode(CommonErrorCodes.Required).SetValidator(meeting);
        RuleFor(p => p.VillagersMeeting).NotNull().WithCode(CommonErrorCodes.Required).SetValidator(meeting);
        RuleFor(p => p.RepresentativesMeeting).NotNull().WithCode(CommonErrorCodes.Required).SetValidator(meeting);
        RuleFor(p => p.VillagersHouseholdQuorum.Value).Must(AtMostOne).WithCode(GovernanceErrorCodes.PolicyRatioAboveOne).OverridePropertyName(nameof(GovernancePolicy.VillagersHouseholdQuorum));
        foreach (var days in new Expression<Func<GovernancePolicy, int>>[] { p => p.MembersNoticeDaysBefore, p => p.MajorMatterDisclosureDays, p => p.NoticePostedDays })
        {
            RuleFor(days).GreaterThanOrEqualTo(0).WithCode(GovernanceErrorCodes.PolicyNegative)
                .LessThanOrEqualTo(GovernancePolicy.MaxDays).WithCode(GovernanceErrorCodes.PolicyTooLarge);
        }

        foreach (var months in new Expression<Func<GovernancePolicy, int>>[] { p => p.GeneralDisclosureMonths, p => p.FinanceDisclosureMonths, p => p.FinanceAuditMonths })
        {
            RuleFor(months).GreaterThan(0).WithCode(GovernanceErrorCodes.PolicyNotPositive)
                .LessThanOrEqualTo(GovernancePolicy.MaxMonths).WithCode(GovernanceErrorCodes.PolicyTooLarge);
        }
    }

    internal static bool AtMostOne(Ratio share) => share <= Ratio.One;

    /// <summary>Refuses a meeting rule with a share above 1.</summary>
    private sealed class MeetingRuleValidator : AbstractValidator<MeetingRule>
    {
        public MeetingRuleValidator()
        {
            RuleFor(r => r.Quorum.Value).Must(AtMostOne).WithCode(GovernanceErrorCodes.PolicyRatioAboveOne).OverridePropertyName(nameof(MeetingRule.Quorum));
            RuleFor(r => r.Passing.Value).Must(AtMostOne).WithCode(GovernanceErrorCodes.PolicyRatioAboveOne).OverridePropertyName(nameof(MeetingRule.Passing));
        }
    }
}
