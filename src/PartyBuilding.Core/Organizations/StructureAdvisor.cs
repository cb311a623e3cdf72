using FluentValidation.Results;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// Advises the organizational form of a unit (党章 Art. 30; 支部工作条例 ch. 2): instructor, joint
/// branch, branch with or without committee, general branch or primary committee.
/// </summary>
/// <remarks>Pure and thread-safe; the policy is validated once, at construction.</remarks>
public sealed class StructureAdvisor : IStructureAdvisor
{
    private readonly StructurePolicy policy;

    /// <summary>Creates an advisor with <paramref name="policy"/>.</summary>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public StructureAdvisor(StructurePolicy policy)
    {
        new Validation.StructurePolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        this.policy = policy;
    }

    /// <inheritdoc />
    public StructureAdvice Advise(int fullMembers, int probationaryMembers)
    {
        CheckCounts(fullMembers, probationaryMembers);
        long total = (long)fullMembers + probationaryMembers;

        if (total == 0)
        {
            return new StructureAdvice(AdvisedForm.Instructor, [Reason.Of(OrganizationReasonCodes.NoMembers)]);
        }

        if (fullMembers < policy.MinimumFullMembers)
        {
            return new StructureAdvice(
                AdvisedForm.JointBranch,
                [Reason.Of(OrganizationReasonCodes.TooFewFullMembers, fullMembers, policy.MinimumFullMembers, policy.MaxUnitsPerJointBranch),
                 Term(OrganizationLevel.Branch)]);
        }

        var own = Reason.Of(OrganizationReasonCodes.OwnOrganization, fullMembers, policy.MinimumFullMembers);
        if (total > policy.MaxMembersPerGeneralBranch)
        {
            return new StructureAdvice(
                AdvisedForm.PrimaryCommittee,
                [Reason.Of(OrganizationReasonCodes.PrimaryCommitteeSize, total, policy.MaxMembersPerGeneralBranch), own, Term(OrganizationLevel.Committee)]);
        }

        if (total > policy.MaxMembersPerBranch)
        {
            return new StructureAdvice(
                AdvisedForm.GeneralBranch,
                [Reason.Of(OrganizationReasonCodes.GeneralBranchSize, total, policy.MaxMembersPerBranch, policy.MaxMembersPerGeneralBranch), own, Term(OrganizationLevel.GeneralBranch)]);
        }

        var size = Reason.Of(OrganizationReasonCodes.BranchSize, total, policy.MaxMembersPerBranch);
        return fullMembers >= policy.BranchCommitteeFromFullMembers
            ? new StructureAdvice(
                AdvisedForm.BranchWithCommittee,
                [Reason.Of(OrganizationReasonCodes.BranchCommittee, fullMembers, policy.BranchCommitteeFromFullMembers, policy.BranchCommitteeMinSize, policy.BranchCommitteeUsualMaxSize, policy.BranchCommitteeMaxSize),
                 size, own, Term(OrganizationLevel.Branch)])
            : new StructureAdvice(
                AdvisedForm.Branch,
                [Reason.Of(OrganizationReasonCodes.SecretaryOnly, fullMembers, policy.BranchCommitteeFromFullMembers),
                 size, own, Term(OrganizationLevel.Branch)]);
    }

    private Reason Term(OrganizationLevel level) => Reason.Of(OrganizationReasonCodes.Term, policy.TermYearsOf(level));

    private static void CheckCounts(int fullMembers, int probationaryMembers)
    {
        if (fullMembers >= 0 && probationaryMembers >= 0)
        {
            return;
        }

        var failures = new List<ValidationFailure>(2);
        if (fullMembers < 0)
        {
            failures.Add(Failures.Of(nameof(fullMembers), OrganizationErrorCodes.CountNegative, fullMembers, nameof(fullMembers), fullMembers));
        }

        if (probationaryMembers < 0)
        {
            failures.Add(Failures.Of(nameof(probationaryMembers), OrganizationErrorCodes.CountNegative, probationaryMembers, nameof(probationaryMembers), probationaryMembers));
        }

        Failures.ThrowIfAny(failures);
    }
}
