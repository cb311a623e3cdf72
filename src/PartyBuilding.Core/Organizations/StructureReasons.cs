using System.Collections;
using System.Diagnostics;
using System.Globalization;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The reasons of one <see cref="StructureAdvice"/>, written the first time they are read, in the UI culture
/// that was current when the advice was given: an advice costs its form, and only a host that shows the
/// reasons pays for the text.
/// </summary>
/// <remarks>Thread-safe; the text is deterministic, so a race only writes the same list twice.</remarks>
internal sealed class StructureReasons : IReadOnlyList<Reason>
{
    private readonly StructurePolicy policy;
    private readonly AdvisedForm form;
    private readonly int fullMembers;
    private readonly long total;
    private readonly CultureInfo culture;
    private Reason[]? reasons;

    public StructureReasons(StructurePolicy policy, AdvisedForm form, int fullMembers, long total)
    {
        this.policy = policy;
        this.form = form;
        this.fullMembers = fullMembers;
        this.total = total;
        culture = CultureInfo.CurrentUICulture;
    }

    public int Count => Built.Length;

    public Reason this[int index] => Built[index];

    private Reason[] Built
    {
        get
        {
            var built = Volatile.Read(ref reasons);
            if (built is null)
            {
                Interlocked.CompareExchange(ref reasons, Build(), null);
                built = reasons!;
            }

            return built;
        }
    }

    public IEnumerator<Reason> GetEnumerator() => ((IEnumerable<Reason>)Built).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The reasons, most decisive first: the rule that decided the form, then size, own organization and term.</summary>
    private Reason[] Build()
    {
        if (form == AdvisedForm.Instructor)
        {
            return [Make(OrganizationReasonCodes.NoMembers)];
        }

        if (form == AdvisedForm.JointBranch)
        {
            return [Make(OrganizationReasonCodes.TooFewFullMembers, fullMembers, policy.MinimumFullMembers, policy.MaxUnitsPerJointBranch), Term(OrganizationLevel.Branch)];
        }

        var own = Make(OrganizationReasonCodes.OwnOrganization, fullMembers, policy.MinimumFullMembers);
        return form switch
        {
            AdvisedForm.PrimaryCommittee =>
                [Make(OrganizationReasonCodes.PrimaryCommitteeSize, total, policy.MaxMembersPerGeneralBranch), own, Term(OrganizationLevel.Committee)],
            AdvisedForm.GeneralBranch =>
                [Make(OrganizationReasonCodes.GeneralBranchSize, total, policy.MaxMembersPerBranch, policy.MaxMembersPerGeneralBranch), own, Term(OrganizationLevel.GeneralBranch)],
            AdvisedForm.BranchWithCommittee =>
                [Make(OrganizationReasonCodes.BranchCommittee, fullMembers, policy.BranchCommitteeFromFullMembers, policy.BranchCommitteeMinSize, policy.BranchCommitteeUsualMaxSize, policy.BranchCommitteeMaxSize),
                 Make(OrganizationReasonCodes.BranchSize, total, policy.MaxMembersPerBranch), own, Term(OrganizationLevel.Branch)],
            AdvisedForm.Branch =>
                [Make(OrganizationReasonCodes.SecretaryOnly, fullMembers, policy.BranchCommitteeFromFullMembers),
                 Make(OrganizationReasonCodes.BranchSize, total, policy.MaxMembersPerBranch), own, Term(OrganizationLevel.Branch)],
            _ => throw new UnreachableException("The advisor gives only the defined forms."),
        };
    }

    private Reason Term(OrganizationLevel level) => Make(OrganizationReasonCodes.Term, policy.TermYearsOf(level));

    private Reason Make(string code, params object?[] arguments) => new(code, MessageCatalog.FormatIn(culture, code, arguments));
}
