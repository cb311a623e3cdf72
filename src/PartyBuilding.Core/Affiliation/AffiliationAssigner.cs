using FluentValidation.Results;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// Assigns mobile members to a branch (seed: "two grasping mechanisms", part 2), in this order:
/// <list type="number">
/// <item>Residence in an area a migrant branch serves → <see cref="ManagementMode.Centralized"/>, that
/// branch (the smallest id when several serve it), even when a village or community branch serves the area too.</item>
/// <item>Otherwise a fixed residence → <see cref="ManagementMode.Attribution"/> to the village or community
/// organization of the area; when both kinds serve it, the one with the smallest id (ordinal). None →
/// <see cref="AffiliationOutcome.Unassigned"/>, with a reason naming the area.</item>
/// <item>No fixed residence → when the township has no migrant branch at all,
/// <see cref="AffiliationOutcome.Unassigned"/>; when the member has no introducer, an introducer the
/// registry does not know, or one who is not in a migrant branch, <see cref="AffiliationOutcome.PendingIntroduction"/>
/// (a distinct reason code for each); otherwise <see cref="ManagementMode.Attribution"/> to the introducer's migrant branch.</item>
/// </list>
/// Probationary members follow the same rule.
/// </summary>
/// <remarks>
/// Pure, deterministic, total and thread-safe. The registry answers by id order, so decisions do not
/// depend on the order organizations were given in. Each decision's reason is made when it is decided,
/// in the UI culture of the calling thread.
/// </remarks>
public sealed class AffiliationAssigner : IAffiliationAssigner
{
    private static readonly MobileMemberValidator Validator = new();

    /// <inheritdoc />
    public AffiliationDecision Assign(MobileMember member, OrganizationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(registry);
        if (!MobileMemberValidator.Accepts(member))
        {
            Validator.ThrowIfInvalid(member, nameof(member));
        }

        return Decide(member, registry);
    }

    /// <inheritdoc />
    public IEnumerable<AffiliationDecision> AssignAll(IEnumerable<MobileMember> members, OrganizationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(registry);
        return Stream(members, registry);
    }

    private static IEnumerable<AffiliationDecision> Stream(IEnumerable<MobileMember> members, OrganizationRegistry registry)
    {
        var index = 0;
        foreach (var member in members)
        {
            if (member is null || !MobileMemberValidator.Accepts(member))
            {
                var failures = new List<ValidationFailure>();
                Validator.AddFailures(member, $"{nameof(members)}[{index}]", failures);
                Failures.ThrowIfAny(failures);
            }

            index++;
            yield return Decide(member!, registry);
        }
    }

    private static AffiliationDecision Decide(MobileMember member, OrganizationRegistry registry)
    {
        if (member.ResidenceAreaCode is { } area)
        {
            // Ordered by id: the first migrant branch wins; else the first village or community organization.
            PartyOrganization? residence = null;
            foreach (var organization in registry.ServingArea(area))
            {
                if (organization.Kind == OrganizationKind.Migrant)
                {
                    return Assigned(member, ManagementMode.Centralized, organization, AffiliationReasonCodes.CentralizedByMigrantBranch);
                }

                if (residence is null && organization.Kind is OrganizationKind.Village or OrganizationKind.Community)
                {
                    residence = organization;
                }
            }

            return residence is not null
                ? Assigned(member, ManagementMode.Attribution, residence, AffiliationReasonCodes.AttributedByResidence)
                : NotAssigned(member, AffiliationOutcome.Unassigned, Reason.Of(AffiliationReasonCodes.NoBranchForArea, area));
        }

        if (registry.OfKind(OrganizationKind.Migrant).Count == 0)
        {
            return NotAssigned(member, AffiliationOutcome.Unassigned, Reason.Of(AffiliationReasonCodes.NoMigrantBranchInTownship));
        }

        if (member.IntroducedBy is not { } introducer)
        {
            return NotAssigned(member, AffiliationOutcome.PendingIntroduction, Reason.Of(AffiliationReasonCodes.NoIntroducer));
        }

        if (!registry.TryGetOrganizationOf(introducer, out var branch))
        {
            return NotAssigned(member, AffiliationOutcome.PendingIntroduction, Reason.Of(AffiliationReasonCodes.IntroducerUnknown));
        }

        return branch.Kind == OrganizationKind.Migrant
            ? Assigned(member, ManagementMode.Attribution, branch, AffiliationReasonCodes.AttributedByIntroducer)
            : NotAssigned(member, AffiliationOutcome.PendingIntroduction, Reason.Of(AffiliationReasonCodes.IntroducerNotInMigrantBranch));
    }

    private static AffiliationDecision Assigned(MobileMember member, ManagementMode mode, PartyOrganization organization, string code) =>
        new(member.Id, AffiliationOutcome.Assigned, mode, organization.Id, ValueList<Reason>.Of(Reason.Of(code)));

    private static AffiliationDecision NotAssigned(MobileMember member, AffiliationOutcome outcome, Reason reason) =>
        new(member.Id, outcome, null, null, ValueList<Reason>.Of(reason));
}
