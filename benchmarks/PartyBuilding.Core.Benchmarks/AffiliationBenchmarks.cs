using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Assigns a township's mobile members against a registry of 200 organizations: the library's streaming
/// batch and its one-by-one call against the simplest correct hand-written loop (two dictionary lookups,
/// no reasons, no decision objects) and against the same loop producing the same result objects (the floor).
/// </summary>
[MemoryDiagnoser]
public class AffiliationBenchmarks
{
    private readonly AffiliationAssigner assigner = new();
    private MobileMember[] members = [];
    private OrganizationRegistry registry = OrganizationRegistry.Empty;
    private Dictionary<string, OrganizationId> migrantByArea = [];
    private Dictionary<string, OrganizationId> residenceByArea = [];
    private Dictionary<MemberId, OrganizationId> migrantBranchOfMember = [];
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
        members = new MobileMember[Members];
        for (var i = 0; i < members.Length; i++)
        {
            var roll = random.Next(10);
            members[i] = roll == 0
                ? new MobileMember(new MemberId($"M{i:0000000}"), MembershipStatus.Full, null, random.Next(5) == 0 ? new MemberId("X") : new MemberId($"R{random.Next(4_000):0000}"))
                : new MobileMember(new MemberId($"M{i:0000000}"), roll == 1 ? MembershipStatus.Probationary : MembershipStatus.Full, $"A{random.Next(150):000}");
        }

        // The hand-written baseline's own indexes.
        migrantByArea = organizations.Where(o => o.Kind == OrganizationKind.Migrant && o.AreaCode is not null)
            .GroupBy(o => o.AreaCode!).ToDictionary(g => g.Key, g => g.MinBy(o => o.Id)!.Id);
        residenceByArea = organizations.Where(o => o.Kind is OrganizationKind.Village or OrganizationKind.Community && o.AreaCode is not null)
            .GroupBy(o => o.AreaCode!).ToDictionary(g => g.Key, g => g.MinBy(o => o.Id)!.Id);
        var kindOf = organizations.ToDictionary(o => o.Id, o => o.Kind);
        migrantBranchOfMember = memberships.Where(p => kindOf[p.Value] == OrganizationKind.Migrant).ToDictionary(p => p.Key, p => p.Value);
        organizationOfMember = memberships.ToDictionary(p => p.Key, p => (p.Value, kindOf[p.Value]));
        townshipHasMigrantBranch = migrantByArea.Count > 0;

        // The floor must produce what the library produces, or it is not a floor.
        var index = 0;
        foreach (var decision in assigner.AssignAll(members, registry))
        {
            if (!decision.Equals(Floor(members[index++])))
            {
                throw new InvalidOperationException($"The hand-written floor disagrees with the library on {decision}.");
            }
        }
    }

    /// <summary>The simplest correct loop: at most two dictionary lookups per member, no reasons, nothing allocated.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var sum = 0;
        foreach (var member in members)
        {
            int outcome;
            if (member.ResidenceAreaCode is { } area)
            {
                outcome = migrantByArea.TryGetValue(area, out _) ? 0 : residenceByArea.TryGetValue(area, out _) ? 1 : 2;
            }
            else
            {
                outcome = !townshipHasMigrantBranch ? 2
                    : member.IntroducedBy is { } introducer && migrantBranchOfMember.TryGetValue(introducer, out _) ? 1 : 3;
            }

            sum += outcome;
        }

        return sum;
    }

    /// <summary>
    /// The same loop, but returning what the contract requires: one <see cref="AffiliationDecision"/> per
    /// member with its reason, made at decision time in the UI culture (no validation). The floor any
    /// implementation of the contract pays; GlobalSetup checks it equals the library's decisions.
    /// </summary>
    [Benchmark]
    public int HandWrittenWithDecisions()
    {
        var sum = 0;
        foreach (var member in members)
        {
            sum += (int)Floor(member).Outcome;
        }

        return sum;
    }

    /// <summary>The library's streaming batch: validated input, one decision with its reasons per member.</summary>
    [Benchmark]
    public int LibraryBatch()
    {
        var sum = 0;
        foreach (var decision in assigner.AssignAll(members, registry))
        {
            sum += (int)decision.Outcome;
        }

        return sum;
    }

    /// <summary>The library called once per member (the same path as the batch, without the enumerator).</summary>
    [Benchmark]
    public int LibraryOneByOne()
    {
        var sum = 0;
        foreach (var member in members)
        {
            sum += (int)assigner.Assign(member, registry).Outcome;
        }

        return sum;
    }

    private AffiliationDecision Floor(MobileMember member)
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
