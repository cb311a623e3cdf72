using System.Diagnostics;
using FluentValidation.Results;
using NodaTime;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// Advises the organizational form of a unit (党章 Art. 30; 支部工作条例 ch. 2): instructor, joint
/// branch, branch with or without committee, general branch or primary committee.
/// </summary>
/// <remarks>Pure and thread-safe; every policy version is validated once, at construction.</remarks>
public sealed class StructureAdvisor : IStructureAdvisor
{
    private readonly PolicySet<StructurePolicy> policies;

    /// <summary>Creates an advisor with one policy (labelled <c>default</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public StructureAdvisor(StructurePolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates an advisor with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent.</exception>
    public StructureAdvisor(PolicySet<StructurePolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        this.policies = policies.ThrowIfInvalid(new Validation.StructurePolicyValidator(), nameof(policies));
    }

    /// <inheritdoc />
    /// <remarks>The reasons are written now, in the UI culture of the calling thread.</remarks>
    public StructureAdvice Advise(int fullMembers, int probationaryMembers)
    {
        CheckCounts(fullMembers, probationaryMembers);
        return Advise(fullMembers, probationaryMembers, policies.Undated());
    }

    /// <inheritdoc />
    /// <remarks>The reasons are written now, in the UI culture of the calling thread.</remarks>
    public StructureAdvice Advise(int fullMembers, int probationaryMembers, LocalDate asOf)
    {
        CheckCounts(fullMembers, probationaryMembers);
        return Advise(fullMembers, probationaryMembers, policies.InForceOn(asOf));
    }

    private static StructureAdvice Advise(int fullMembers, int probationaryMembers, PolicyVersion<StructurePolicy> version)
    {
        var policy = version.Policy;
        long total = (long)fullMembers + probationaryMembers;
        var form = total == 0 ? AdvisedForm.Instructor
            : fullMembers < policy.MinimumFullMembers ? AdvisedForm.JointBranch
            : total > policy.MaxMembersPerGeneralBranch ? AdvisedForm.PrimaryCommittee
            : total > policy.MaxMembersPerBranch ? AdvisedForm.GeneralBranch
            : fullMembers >= policy.BranchCommitteeFromFullMembers ? AdvisedForm.BranchWithCommittee
            : AdvisedForm.Branch;
        return new StructureAdvice(form, ReasonsFor(policy, form, fullMembers, total)) { PolicyLabel = version.Label };
    }

    /// <summary>The reasons, most decisive first: the rule that decided the form, then size, own organization and term.</summary>
    private static ValueList<Reason> ReasonsFor(StructurePolicy p, AdvisedForm form, int fullMembers, long total)
    {
        if (form == AdvisedForm.Instructor)
        {
            return ValueList<Reason>.Of(Reason.Of(OrganizationReasonCodes.NoMembers));
        }

        if (form == AdvisedForm.JointBranch)
        {
            return ValueList<Reason>.Of(
                Reason.Of(OrganizationReasonCodes.TooFewFullMembers, fullMembers, p.MinimumFullMembers, p.MaxUnitsPerJointBranch),
                Term(p, OrganizationLevel.Branch));
        }

        var own = Reason.Of(OrganizationReasonCodes.OwnOrganization, fullMembers, p.MinimumFullMembers);
        return form switch
        {
            AdvisedForm.PrimaryCommittee => ValueList<Reason>.Of(
                Reason.Of(OrganizationReasonCodes.PrimaryCommitteeSize, total, p.MaxMembersPerGeneralBranch), own, Term(p, OrganizationLevel.Committee)),
            AdvisedForm.GeneralBranch => ValueList<Reason>.Of(
                Reason.Of(OrganizationReasonCodes.GeneralBranchSize, total, p.MaxMembersPerBranch, p.MaxMembersPerGeneralBranch), own, Term(p, OrganizationLevel.GeneralBranch)),
            AdvisedForm.BranchWithCommittee => ValueList<Reason>.Of(
                Reason.Of(OrganizationReasonCodes.BranchCommittee, fullMembers, p.BranchCommitteeFromFullMembers, p.BranchCommitteeMinSize, p.BranchCommitteeUsualMaxSize, p.BranchCommitteeMaxSize),
                Reason.Of(OrganizationReasonCodes.BranchSize, total, p.MaxMembersPerBranch), own, Term(p, OrganizationLevel.Branch)),
            AdvisedForm.Branch => ValueList<Reason>.Of(
                Reason.Of(OrganizationReasonCodes.SecretaryOnly, fullMembers, p.BranchCommitteeFromFullMembers),
                Reason.Of(OrganizationReasonCodes.BranchSize, total, p.MaxMembersPerBranch), own, Term(p, OrganizationLevel.Branch)),
            _ => throw new UnreachableException("The advisor gives only the defined forms."),
        };
    }

    private static Reason Term(StructurePolicy policy, OrganizationLevel level) => Reason.Of(OrganizationReasonCodes.Term, policy.TermYearsOf(level));

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
