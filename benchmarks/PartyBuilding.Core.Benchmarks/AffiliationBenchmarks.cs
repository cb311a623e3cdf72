using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Assigns a township's mobile members against a registry of 200 organizations: the library's streaming batch
/// against the floor (a hand-written loop making the same decisions, equal to the library's, checked in
/// GlobalSetup; the baseline) and against the bare loop (the same lookups, no decision objects, no reasons).
/// </summary>
[MemoryDiagnoser]
public class AffiliationBenchmarks
{
    private readonly AffiliationAssigner assigner = new();
    private MobileMember[] members = [];
    private OrganizationRegistry registry = OrganizationRegistry.Empty;
    private Dictionary<string, OrganizationId> migrantByArea = [];
    private Dictionary<string, OrganizationId> residenceByArea = [];
    private Dictionary<MemberId, (OrganizationId Id, OrganizationKind Kind)> organizationOfMember = [];
    private bool townshipHasMigrantBranch;

    [Params(1_000_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261127);
        var (organizations, memberships) = AffiliationData.Township(random);
        registry = new OrganizationRegistry(organizations, memberships);
        members = [.. AffiliationData.Members(random, Members)];

        // The hand-written loops' own indexes, from the same organizations and memberships.
        migrantByArea = organizations.Where(o => o.Kind == OrganizationKind.Migrant && o.AreaCode is not null)
            .GroupBy(o => o.AreaCode!).ToDictionary(g => g.Key, g => g.MinBy(o => o.Id)!.Id);
        residenceByArea = organizations.Where(o => o.Kind is OrganizationKind.Village or OrganizationKind.Community && o.AreaCode is not null)
            .GroupBy(o => o.AreaCode!).ToDictionary(g => g.Key, g => g.MinBy(o => o.Id)!.Id);
        var kindOf = organizations.ToDictionary(o => o.Id, o => o.Kind);
        organizationOfMember = memberships.ToDictionary(p => p.Key, p => (p.Value, kindOf[p.Value]));
        townshipHasMigrantBranch = migrantByArea.Count > 0;

        // The floor must produce what the library produces, or it is not a floor.
        var index = 0;
        foreach (var decision in assigner.AssignAll(members, registry))
        {
            if (!decision.Equals(Decide(members[index++])))
            {
                throw new InvalidOperationException($"The hand-written floor disagrees with the library on {decision}.");
            }
        }
    }

    /// <summary>The bare loop: at most two dictionary lookups per member, no decision, no reason, nothing allocated.</summary>
    [Benchmark]
    public int Bare()
    {
        var sum = 0;
        foreach (var member in members)
        {
            int outcome;
            if (member.ResidenceAreaCode is { } area)
            {
                outcome = migrantByArea.ContainsKey(area) || residenceByArea.ContainsKey(area) ? 0 : 2;
            }
            else
            {
                outcome = !townshipHasMigrantBranch ? 2
                    : member.IntroducedBy is { } introducer && organizationOfMember.TryGetValue(introducer, out var branch) && branch.Kind == OrganizationKind.Migrant ? 0 : 1;
            }

            sum += outcome;
        }

        return sum;
    }

    /// <summary>
    /// The floor: the same loop returning what the contract requires, one <see cref="AffiliationDecision"/> per
    /// member with its reason written by <see cref="Reason.Of"/> at decision time, after the contract's checks of the member.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        var sum = 0;
        foreach (var member in members)
        {
            if (member is null || member.Id.IsDefault || member.Status is not (MembershipStatus.Full or MembershipStatus.Probationary)
                || (member.ResidenceAreaCode is { } area && string.IsNullOrWhiteSpace(area))
                || (member.IntroducedBy is { } introducer && (introducer.IsDefault || introducer == member.Id)))
            {
                throw new ArgumentException("invalid member");
            }

            sum += (int)Decide(member).Outcome;
        }

        return sum;
    }

    /// <summary>The library's streaming batch: validated input, one decision with its reason per member.</summary>
    [Benchmark]
    public int Library()
    {
        var sum = 0;
        foreach (var decision in assigner.AssignAll(members, registry))
        {
            sum += (int)decision.Outcome;
        }

        return sum;
    }

    private AffiliationDecision Decide(MobileMember member)
    {
        if (member.ResidenceAreaCode is { } area)
        {
            return migrantByArea.TryGetValue(area, out var migrant)
                ? new(member.Id, AffiliationOutcome.Assigned, ManagementMode.Centralized, migrant, One(AffiliationReasonCodes.CentralizedByMigrantBranch))
                : residenceByArea.TryGetValue(area, out var residence)
                    ? new(member.Id, AffiliationOutcome.Assigned, ManagementMode.Attribution, residence, One(AffiliationReasonCodes.AttributedByResidence))
                    : new(member.Id, AffiliationOutcome.Unassigned, null, null, One(AffiliationReasonCodes.NoBranchForArea, area));
        }

        return !townshipHasMigrantBranch ? new(member.Id, AffiliationOutcome.Unassigned, null, null, One(AffiliationReasonCodes.NoMigrantBranchInTownship))
            : member.IntroducedBy is not { } introducer ? new(member.Id, AffiliationOutcome.PendingIntroduction, null, null, One(AffiliationReasonCodes.NoIntroducer))
            : !organizationOfMember.TryGetValue(introducer, out var branch) ? new(member.Id, AffiliationOutcome.PendingIntroduction, null, null, One(AffiliationReasonCodes.IntroducerUnknown))
            : branch.Kind == OrganizationKind.Migrant
                ? new(member.Id, AffiliationOutcome.Assigned, ManagementMode.Attribution, branch.Id, One(AffiliationReasonCodes.AttributedByIntroducer))
                : new(member.Id, AffiliationOutcome.PendingIntroduction, null, null, One(AffiliationReasonCodes.IntroducerNotInMigrantBranch));
    }

    /// <summary>One reason as the library keeps it: a read-only one-item list.</summary>
    private static IReadOnlyList<Reason> One(string code, params object?[] arguments) => ValueList<Reason>.Of(Reason.Of(code, arguments));
}
