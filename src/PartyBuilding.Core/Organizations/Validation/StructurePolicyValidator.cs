using FluentValidation;

namespace PartyBuilding.Core.Organizations.Validation;

/// <summary>Refuses a structure policy whose figures are not positive or whose thresholds are out of order.</summary>
public sealed class StructurePolicyValidator : AbstractValidator<StructurePolicy>
{
    /// <summary>Creates the validator.</summary>
    public StructurePolicyValidator()
    {
        RuleFor(p => p.MinimumFullMembers).GreaterThan(0).WithCode(OrganizationErrorCodes.PolicyNotPositive);
        RuleFor(p => p.MaxUnitsPerJointBranch).GreaterThan(1).WithCode(OrganizationErrorCodes.PolicyNotPositive);
        RuleFor(p => p.BranchCommitteeMinSize).GreaterThan(0).WithCode(OrganizationErrorCodes.PolicyNotPositive);
        RuleFor(p => p.CommitteeTermYears).GreaterThan(0).WithCode(OrganizationErrorCodes.PolicyNotPositive);
        RuleFor(p => p.GeneralBranchTermYears).GreaterThan(0).WithCode(OrganizationErrorCodes.PolicyNotPositive);
        RuleFor(p => p.BranchTermYears).GreaterThan(0).WithCode(OrganizationErrorCodes.PolicyNotPositive);

        // Formation thresholds must rise: an organization forms before it needs a committee.
        RuleFor(p => p.BranchCommitteeFromFullMembers).GreaterThan(p => p.MinimumFullMembers).WithCode(OrganizationErrorCodes.PolicyOutOfOrder);
        RuleFor(p => p.BranchCommitteeUsualMaxSize).GreaterThanOrEqualTo(p => p.BranchCommitteeMinSize).WithCode(OrganizationErrorCodes.PolicyOutOfOrder);
        RuleFor(p => p.BranchCommitteeMaxSize).GreaterThanOrEqualTo(p => p.BranchCommitteeUsualMaxSize).WithCode(OrganizationErrorCodes.PolicyOutOfOrder);
        RuleFor(p => p.BranchCommitteeMinSize).LessThanOrEqualTo(p => p.BranchCommitteeFromFullMembers).WithCode(OrganizationErrorCodes.PolicyOutOfOrder);

        // Size thresholds must rise and sit above the formation threshold.
        RuleFor(p => p.MaxMembersPerBranch).GreaterThanOrEqualTo(p => p.BranchCommitteeFromFullMembers).WithCode(OrganizationErrorCodes.PolicyOutOfOrder);
        RuleFor(p => p.MaxMembersPerGeneralBranch).GreaterThan(p => p.MaxMembersPerBranch).WithCode(OrganizationErrorCodes.PolicyOutOfOrder);
    }
}
