using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Affiliation;

public sealed class AffiliationAssignerProperties
{
    private static readonly AffiliationAssigner Assigner = new();

    [Property(Arbitrary = [typeof(AffiliationArbitraries)], MaxTest = 300)]
    public bool Every_member_gets_exactly_one_decision_and_it_is_coherent(Township township)
    {
        var decisions = Assigner.AssignAll(township.Members, township.Registry()).ToArray();

        return decisions.Length == township.Members.Length
            && decisions.Select(d => d.Member).SequenceEqual(township.Members.Select(m => m.Id))
            && decisions.All(d => d.Reasons.Count > 0
                && (d.Outcome == AffiliationOutcome.Assigned) == (d.Organization is not null)
                && (d.Outcome == AffiliationOutcome.Assigned) == (d.Mode is not null));
    }

    [Property(Arbitrary = [typeof(AffiliationArbitraries)], MaxTest = 300)]
    public bool An_assigned_organization_exists_in_the_registry_and_has_the_kind_the_rule_names(Township township)
    {
        var registry = township.Registry();
        foreach (var (member, decision) in township.Members.Zip(Assigner.AssignAll(township.Members, registry)))
        {
            if (decision.Organization is not { } id)
            {
                continue;
            }

            if (!registry.TryGetOrganization(id, out var organization))
            {
                return false;
            }

            var kindIsRight = (decision.Mode, member.ResidenceAreaCode) switch
            {
                (ManagementMode.Centralized, { } area) => organization.Kind == OrganizationKind.Migrant && organization.AreaCode == area,
                (ManagementMode.Attribution, { } area) => organization.Kind is OrganizationKind.Village or OrganizationKind.Community
                    && organization.AreaCode == area
                    && !registry.TryGetInArea(area, OrganizationKind.Migrant, out _),
                (ManagementMode.Attribution, null) => organization.Kind == OrganizationKind.Migrant
                    && registry.TryGetOrganizationOf(member.IntroducedBy!.Value, out var introducers) && introducers.Id == id,
                _ => false,
            };
            if (!kindIsRight)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(AffiliationArbitraries)], MaxTest = 300)]
    public bool Decisions_follow_the_rule_as_written(Township township)
    {
        var registry = township.Registry();
        return township.Members.All(m => Same(Assigner.Assign(m, registry), Oracle(m, township)));
    }

    [Property(Arbitrary = [typeof(AffiliationArbitraries)], MaxTest = 300)]
    public bool Batch_assignment_equals_one_by_one_assignment(Township township)
    {
        var registry = township.Registry();
        var batch = Assigner.AssignAll(township.Members, registry).ToArray();
        var single = township.Members.Select(m => Assigner.Assign(m, registry)).ToArray();
        var streamed = Assigner.AssignAll(township.Members.Select(m => m), registry).ToArray();
        return batch.Length == single.Length
            && batch.Zip(single).All(p => Same(p.First, p.Second))
            && streamed.Zip(single).All(p => Same(p.First, p.Second));
    }

    [Property(Arbitrary = [typeof(AffiliationArbitraries)], MaxTest = 200)]
    public Property Decisions_do_not_depend_on_the_order_of_members_or_organizations(Township township)
    {
        var expected = Assigner.AssignAll(township.Members, township.Registry()).ToDictionary(d => d.Member);
        var shuffled =
            from members in Gen.Shuffle(township.Members)
            from organizations in Gen.Shuffle(township.Organizations)
            from memberships in Gen.Shuffle(township.Memberships)
            select (members, organizations, memberships);

        return Prop.ForAll(shuffled.ToArbitrary(), s =>
        {
            var registry = new OrganizationRegistry(s.organizations, s.memberships);
            return Assigner.AssignAll(s.members, registry).All(d => Same(d, expected[d.Member]));
        });
    }

    /// <summary>The rule written out plainly over the raw organization list, independent of the registry's indexes.</summary>
    private static (AffiliationOutcome Outcome, ManagementMode? Mode, OrganizationId? Organization, string Code) Oracle(MobileMember member, Township township)
    {
        var organizations = township.Organizations.OrderBy(o => o.Id.Value, StringComparer.Ordinal).ToArray();
        if (member.ResidenceAreaCode is { } area)
        {
            var migrant = organizations.FirstOrDefault(o => o.Kind == OrganizationKind.Migrant && o.AreaCode == area);
            if (migrant is not null)
            {
                return (AffiliationOutcome.Assigned, ManagementMode.Centralized, migrant.Id, AffiliationReasonCodes.CentralizedByMigrantBranch);
            }

            var residence = organizations.FirstOrDefault(o => o.Kind is OrganizationKind.Village or OrganizationKind.Community && o.AreaCode == area);
            return residence is not null
                ? (AffiliationOutcome.Assigned, ManagementMode.Attribution, residence.Id, AffiliationReasonCodes.AttributedByResidence)
                : (AffiliationOutcome.Unassigned, null, null, AffiliationReasonCodes.NoBranchForArea);
        }

        if (!organizations.Any(o => o.Kind == OrganizationKind.Migrant))
        {
            return (AffiliationOutcome.Unassigned, null, null, AffiliationReasonCodes.NoMigrantBranchInTownship);
        }

        if (member.IntroducedBy is not { } introducer)
        {
            return (AffiliationOutcome.PendingIntroduction, null, null, AffiliationReasonCodes.NoIntroducer);
        }

        var membership = township.Memberships.Where(p => p.Key == introducer).Select(p => (OrganizationId?)p.Value).FirstOrDefault();
        if (membership is not { } organizationId)
        {
            return (AffiliationOutcome.PendingIntroduction, null, null, AffiliationReasonCodes.IntroducerUnknown);
        }

        return organizations.Single(o => o.Id == organizationId).Kind == OrganizationKind.Migrant
            ? (AffiliationOutcome.Assigned, ManagementMode.Attribution, organizationId, AffiliationReasonCodes.AttributedByIntroducer)
            : (AffiliationOutcome.PendingIntroduction, null, null, AffiliationReasonCodes.IntroducerNotInMigrantBranch);
    }

    private static bool Same(AffiliationDecision decision, (AffiliationOutcome Outcome, ManagementMode? Mode, OrganizationId? Organization, string Code) expected) =>
        decision.Outcome == expected.Outcome
        && decision.Mode == expected.Mode
        && decision.Organization == expected.Organization
        && decision.Reasons.Select(r => r.Code).SequenceEqual([expected.Code]);

    private static bool Same(AffiliationDecision left, AffiliationDecision right) =>
        left.Member == right.Member
        && left.Outcome == right.Outcome
        && left.Mode == right.Mode
        && left.Organization == right.Organization
        && left.Reasons.SequenceEqual(right.Reasons);
}
