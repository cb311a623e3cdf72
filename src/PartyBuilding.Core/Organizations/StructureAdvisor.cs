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
    /// <remarks>The reasons are written the first time they are read, in the UI culture current now.</remarks>
    public StructureAdvice Advise(int fullMembers, int probationaryMembers)
    {
        CheckCounts(fullMembers, probationaryMembers);
        long total = (long)fullMembers + probationaryMembers;
        var form = total == 0 ? AdvisedForm.Instructor
            : fullMembers < policy.MinimumFullMembers ? AdvisedForm.JointBranch
            : total > policy.MaxMembersPerGeneralBranch ? AdvisedForm.PrimaryCommittee
            : total > policy.MaxMembersPerBranch ? AdvisedForm.GeneralBranch
            : fullMembers >= policy.BranchCommitteeFromFullMembers ? AdvisedForm.BranchWithCommittee
            : AdvisedForm.Branch;
        return new StructureAdvice(form, new StructureReasons(policy, form, fullMembers, total));
    }

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
