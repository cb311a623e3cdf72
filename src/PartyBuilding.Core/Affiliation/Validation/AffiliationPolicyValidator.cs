using FluentValidation;

namespace PartyBuilding.Core.Affiliation.Validation;

/// <summary>
/// Refuses an affiliation policy whose figures are not positive, whose intervals exceed
/// <see cref="AffiliationPolicy.MaxIntervalMonths"/>, or whose reporting interval is not shorter than
/// the lost-contact and withdrawal-review intervals.
/// </summary>
public sealed class AffiliationPolicyValidator : AbstractValidator<AffiliationPolicy>
{
    /// <summary>Creates the validator.</summary>
    public AffiliationPolicyValidator()
    {
        RuleFor(p => p.MinimumFullMembersForMigrantBranch).GreaterThan(0).WithCode(AffiliationErrorCodes.PolicyNotPositive);
        RuleFor(p => p.ReportingIntervalMonths).GreaterThan(0).WithCode(AffiliationErrorCodes.PolicyNotPositive)
            .LessThanOrEqualTo(AffiliationPolicy.MaxIntervalMonths).WithCode(AffiliationErrorCodes.PolicyTooLarge);
        RuleFor(p => p.LostContactMonths).GreaterThan(0).WithCode(AffiliationErrorCodes.PolicyNotPositive)
            .LessThanOrEqualTo(AffiliationPolicy.MaxIntervalMonths).WithCode(AffiliationErrorCodes.PolicyTooLarge);
        RuleFor(p => p.WithdrawalReviewMonths).GreaterThan(0).WithCode(AffiliationErrorCodes.PolicyNotPositive)
            .LessThanOrEqualTo(AffiliationPolicy.MaxIntervalMonths).WithCode(AffiliationErrorCodes.PolicyTooLarge);

        // A member must be able to be overdue before being flagged: the reporting interval comes first.
        RuleFor(p => p.LostContactMonths).GreaterThan(p => p.ReportingIntervalMonths).WithCode(AffiliationErrorCodes.PolicyOutOfOrder);
        RuleFor(p => p.WithdrawalReviewMonths).GreaterThan(p => p.ReportingIntervalMonths).WithCode(AffiliationErrorCodes.PolicyOutOfOrder);
    }
}
