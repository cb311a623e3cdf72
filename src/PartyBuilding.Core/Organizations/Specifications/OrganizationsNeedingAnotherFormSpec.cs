using Ardalis.Specification;
using PartyBuilding.Core.Organizations.Validation;

namespace PartyBuilding.Core.Organizations.Specifications;

/// <summary>
/// Organizations whose size calls for another form under <see cref="StructurePolicy"/>: fewer full
/// members than an organization needs; a branch above the branch size; a general branch above the
/// general-branch size; a branch that should have a committee and has none, or has one without
/// enough full members. Ordered by id.
/// </summary>
/// <remarks>
/// A primary committee at or below the general-branch size is not listed: the regulations allow but
/// do not require it to be reorganized.
/// </remarks>
public sealed class OrganizationsNeedingAnotherFormSpec : OrdinalSpecification<OrganizationSummary>
{
    /// <summary>Creates the specification for <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public OrganizationsNeedingAnotherFormSpec(StructurePolicy policy)
    {
        new StructurePolicyValidator().ThrowIfInvalid(policy, nameof(policy));

        // Copied to locals so the expression holds constants that any provider can translate.
        var minimumFull = policy.MinimumFullMembers;
        var committeeFrom = policy.BranchCommitteeFromFullMembers;
        var maxBranch = policy.MaxMembersPerBranch;
        var maxGeneralBranch = policy.MaxMembersPerGeneralBranch;

        // The total is summed in 64 bits so that no count overflows in memory (SQL sums in 64 bits too);
        // unchecked because the project compiles with overflow checks and providers translate Add, not AddChecked.
        Query.Where(o =>
                o.FullMembers < minimumFull
                || (o.Level == OrganizationLevel.Branch && unchecked((long)o.FullMembers + o.ProbationaryMembers) > maxBranch)
                || (o.Level == OrganizationLevel.GeneralBranch && unchecked((long)o.FullMembers + o.ProbationaryMembers) > maxGeneralBranch)
                || (o.Level == OrganizationLevel.Branch && o.FullMembers >= committeeFrom && !o.HasBranchCommittee)
                || (o.Level == OrganizationLevel.Branch && o.FullMembers < committeeFrom && o.HasBranchCommittee))
            .OrderBy(o => o.Id);
    }
}
