using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;
using RulesEngine.Models;
using NRulesRule = NRules.Fluent.Dsl.Rule;
using ReRule = RulesEngine.Models.Rule;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Peers (issue 8 item 3): the affiliation rule of docs/affiliation.md written as a Microsoft RulesEngine 6
/// workflow and as NRules rules, against the library's <see cref="AffiliationAssigner.AssignAll(IEnumerable{MobileMember}, OrganizationRegistry)"/>
/// on the same members and registry. Each engine gets the registry as a host would hand it to an engine: an
/// <see cref="AffiliationLookup"/> of plain dictionaries built once from the registry (outside the measurement),
/// so what is measured is the engine evaluating the rule, not the lookups. GlobalSetup runs every engine once and
/// throws unless each decides exactly what the library decides (outcome, mode, organization) for every member.
/// </summary>
[MemoryDiagnoser]
public class PeerEnginesAssignBenchmarks
{
    private const string WorkflowName = "Affiliation";
    private readonly AffiliationAssigner assigner = new();
    private MobileMember[] members = [];
    private OrganizationRegistry registry = OrganizationRegistry.Empty;
    private AffiliationLookup lookup = null!;
    private RulesEngine.RulesEngine rulesEngine = null!;
    private ISessionFactory sessionFactory = null!;

    [Params(10_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (registry, members) = AffiliationData.Generate(Members, seed: 20261128);
        lookup = new AffiliationLookup(registry);
        rulesEngine = new RulesEngine.RulesEngine([AffiliationWorkflow()], new ReSettings { CustomTypes = [typeof(AffiliationLookup)] });
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(CentralizedByMigrantBranch), typeof(AttributedByResidence), typeof(NoBranchForArea),
            typeof(NoMigrantBranchInTownship), typeof(AttributedByIntroducer), typeof(PendingIntroduction)));
        sessionFactory = repository.Compile();

        var expected = assigner.AssignAll(members, registry)
            .Select(d => new EngineAffiliation(d.Member, d.Outcome, d.Mode, d.Organization)).ToArray();
        Verify("RulesEngine", expected, DecideWithRulesEngine());
        Verify("NRules", expected, DecideWithNRules());
    }

    /// <summary>The library's streaming batch (validated input, one decision with its reasons per member).</summary>
    [Benchmark(Baseline = true)]
    public int Library()
    {
        var sum = 0;
        foreach (var decision in assigner.AssignAll(members, registry))
        {
            sum += (int)decision.Outcome;
        }

        return sum;
    }

    /// <summary>The same rule as a RulesEngine workflow, executed per member.</summary>
    [Benchmark]
    public int RulesEngineWorkflow()
    {
        var sum = 0;
        foreach (var decision in DecideWithRulesEngine())
        {
            sum += (int)decision.Outcome;
        }

        return sum;
    }

    /// <summary>The same rule as NRules rules: one session, every member inserted, fired once, decisions queried.</summary>
    [Benchmark]
    public int NRulesSession()
    {
        var sum = 0;
        foreach (var decision in DecideWithNRules())
        {
            sum += (int)decision.Outcome;
        }

        return sum;
    }

    private EngineAffiliation[] DecideWithRulesEngine()
    {
        var decisions = new EngineAffiliation[members.Length];
        var ix = new RuleParameter("ix", lookup);
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            var results = rulesEngine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("m", member), ix).GetAwaiter().GetResult();
            EngineAffiliation? decision = null;
            foreach (var result in results)
            {
                if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed: {result.ExceptionMessage}");
                }

                if (!result.IsSuccess)
                {
                    continue;
                }

                if (decision is not null)
                {
                    throw new InvalidOperationException($"RulesEngine: two rules matched member {member.Id}.");
                }

                var (outcome, mode) = AffiliationLookup.OutcomeOf(result.Rule.SuccessEvent);
                var organization = result.ActionResult?.Output is string id ? new OrganizationId(id) : (OrganizationId?)null;
                decision = new EngineAffiliation(member.Id, outcome, mode, organization);
            }

            decisions[i] = decision ?? throw new InvalidOperationException($"RulesEngine: no rule matched member {member.Id}.");
        }

        return decisions;
    }

    private EngineAffiliation[] DecideWithNRules()
    {
        var session = sessionFactory.CreateSession();
        session.Insert(lookup);
        session.InsertAll(members);
        session.Fire();
        var byMember = new Dictionary<MemberId, EngineAffiliation>(members.Length);
        foreach (var decision in session.Query<EngineAffiliation>())
        {
            if (!byMember.TryAdd(decision.Member, decision))
            {
                throw new InvalidOperationException($"NRules: two rules fired for member {decision.Member}.");
            }
        }

        var decisions = new EngineAffiliation[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            decisions[i] = byMember.TryGetValue(members[i].Id, out var d) ? d : throw new InvalidOperationException($"NRules: no rule fired for member {members[i].Id}.");
        }

        return decisions;
    }

    private static void Verify(string engine, EngineAffiliation[] expected, EngineAffiliation[] actual)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                throw new InvalidOperationException($"{engine} disagrees with the library: expected {expected[i]}, got {actual[i]}.");
            }
        }
    }

    private static Workflow AffiliationWorkflow()
    {
        static ReRule Rule(string name, string expression, string? output = null) => new()
        {
            RuleName = name,
            SuccessEvent = name,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = expression,
            Actions = output is null ? null : new RuleActions
            {
                OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["expression"] = output } },
            },
        };

        // Mutually exclusive conditions in the order of docs/affiliation.md; the organization comes out of the action.
        return new Workflow
        {
            WorkflowName = WorkflowName,
            Rules =
            [
                Rule(AffiliationLookup.Centralized, "m.ResidenceAreaCode != null && ix.MigrantOf(m.ResidenceAreaCode) != null", "ix.MigrantOf(m.ResidenceAreaCode)"),
                Rule(AffiliationLookup.ByResidence, "m.ResidenceAreaCode != null && ix.MigrantOf(m.ResidenceAreaCode) == null && ix.ResidenceOf(m.ResidenceAreaCode) != null", "ix.ResidenceOf(m.ResidenceAreaCode)"),
                Rule(AffiliationLookup.NoBranch, "m.ResidenceAreaCode != null && ix.MigrantOf(m.ResidenceAreaCode) == null && ix.ResidenceOf(m.ResidenceAreaCode) == null"),
                Rule(AffiliationLookup.NoMigrantInTownship, "m.ResidenceAreaCode == null && !ix.TownshipHasMigrantBranch"),
                Rule(AffiliationLookup.ByIntroducer, "m.ResidenceAreaCode == null && ix.TownshipHasMigrantBranch && ix.MigrantBranchOfIntroducer(m) != null", "ix.MigrantBranchOfIntroducer(m)"),
                Rule(AffiliationLookup.Pending, "m.ResidenceAreaCode == null && ix.TownshipHasMigrantBranch && ix.MigrantBranchOfIntroducer(m) == null"),
            ],
        };
    }
}

/// <summary>What an engine decides for one member (the decision without its reasons).</summary>
public sealed record EngineAffiliation(MemberId Member, AffiliationOutcome Outcome, ManagementMode? Mode, OrganizationId? Organization);

/// <summary>
/// The registry as a host hands it to a rules engine: the migrant branch and the residence organization
/// (village or community, smallest id) of each area, and the migrant branch of each member, as dictionaries.
/// </summary>
public sealed class AffiliationLookup
{
    internal const string Centralized = "Centralized";
    internal const string ByResidence = "AttributedByResidence";
    internal const string NoBranch = "NoBranchForArea";
    internal const string NoMigrantInTownship = "NoMigrantBranchInTownship";
    internal const string ByIntroducer = "AttributedByIntroducer";
    internal const string Pending = "PendingIntroduction";

    private readonly Dictionary<string, string> migrantByArea = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> residenceByArea = new(StringComparer.Ordinal);
    private readonly Dictionary<MemberId, string> migrantBranchOfMember = [];

    public AffiliationLookup(OrganizationRegistry registry)
    {
        foreach (var organization in registry.Organizations)
        {
            if (organization.AreaCode is not { } area)
            {
                continue;
            }

            if (registry.TryGetInArea(area, OrganizationKind.Migrant, out var migrant))
            {
                migrantByArea[area] = migrant.Id.Value;
            }

            var village = registry.TryGetInArea(area, OrganizationKind.Village, out var v) ? v.Id : (OrganizationId?)null;
            var community = registry.TryGetInArea(area, OrganizationKind.Community, out var c) ? c.Id : (OrganizationId?)null;
            var residence = village is { } a && community is { } b ? (a <= b ? a : b) : village ?? community;
            if (residence is { } r)
            {
                residenceByArea[area] = r.Value;
            }

            foreach (var member in registry.MembersOf(organization.Id))
            {
                if (organization.Kind == OrganizationKind.Migrant)
                {
                    migrantBranchOfMember[member] = organization.Id.Value;
                }
            }
        }

        TownshipHasMigrantBranch = registry.OfKind(OrganizationKind.Migrant).Count > 0;
    }

    public bool TownshipHasMigrantBranch { get; }

    public string? MigrantOf(string area) => migrantByArea.GetValueOrDefault(area);

    public string? ResidenceOf(string area) => residenceByArea.GetValueOrDefault(area);

    public string? MigrantBranchOfIntroducer(MobileMember member) =>
        member.IntroducedBy is { } introducer ? migrantBranchOfMember.GetValueOrDefault(introducer) : null;

    internal static (AffiliationOutcome Outcome, ManagementMode? Mode) OutcomeOf(string rule) => rule switch
    {
        Centralized => (AffiliationOutcome.Assigned, ManagementMode.Centralized),
        ByResidence or ByIntroducer => (AffiliationOutcome.Assigned, ManagementMode.Attribution),
        NoBranch or NoMigrantInTownship => (AffiliationOutcome.Unassigned, null),
        Pending => (AffiliationOutcome.PendingIntroduction, null),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}

// NRules: one rule per branch of the decision, each inserting what it decided (conditions mutually exclusive).

/// <summary>Residence in an area a migrant branch serves → Centralized.</summary>
public sealed class CentralizedByMigrantBranch : NRulesRule
{
    public override void Define()
    {
        AffiliationLookup ix = null!;
        MobileMember m = null!;
        When().Match(() => ix).Match(() => m, x => x.ResidenceAreaCode != null, x => ix.MigrantOf(x.ResidenceAreaCode!) != null);
        Then().Do(ctx => ctx.Insert(new EngineAffiliation(m.Id, AffiliationOutcome.Assigned, ManagementMode.Centralized, new OrganizationId(ix.MigrantOf(m.ResidenceAreaCode!)!))));
    }
}

/// <summary>Otherwise the village or community organization of the area → Attribution.</summary>
public sealed class AttributedByResidence : NRulesRule
{
    public override void Define()
    {
        AffiliationLookup ix = null!;
        MobileMember m = null!;
        When().Match(() => ix).Match(() => m, x => x.ResidenceAreaCode != null, x => ix.MigrantOf(x.ResidenceAreaCode!) == null, x => ix.ResidenceOf(x.ResidenceAreaCode!) != null);
        Then().Do(ctx => ctx.Insert(new EngineAffiliation(m.Id, AffiliationOutcome.Assigned, ManagementMode.Attribution, new OrganizationId(ix.ResidenceOf(m.ResidenceAreaCode!)!))));
    }
}

/// <summary>A residence no branch serves → Unassigned.</summary>
public sealed class NoBranchForArea : NRulesRule
{
    public override void Define()
    {
        AffiliationLookup ix = null!;
        MobileMember m = null!;
        When().Match(() => ix).Match(() => m, x => x.ResidenceAreaCode != null, x => ix.MigrantOf(x.ResidenceAreaCode!) == null, x => ix.ResidenceOf(x.ResidenceAreaCode!) == null);
        Then().Do(ctx => ctx.Insert(new EngineAffiliation(m.Id, AffiliationOutcome.Unassigned, null, null)));
    }
}

/// <summary>No residence and no migrant branch in the township → Unassigned.</summary>
public sealed class NoMigrantBranchInTownship : NRulesRule
{
    public override void Define()
    {
        AffiliationLookup ix = null!;
        MobileMember m = null!;
        When().Match(() => ix, x => !x.TownshipHasMigrantBranch).Match(() => m, x => x.ResidenceAreaCode == null);
        Then().Do(ctx => ctx.Insert(new EngineAffiliation(m.Id, AffiliationOutcome.Unassigned, null, null)));
    }
}

/// <summary>No residence, introduced by a member of a migrant branch → Attribution to that branch.</summary>
public sealed class AttributedByIntroducer : NRulesRule
{
    public override void Define()
    {
        AffiliationLookup ix = null!;
        MobileMember m = null!;
        When().Match(() => ix, x => x.TownshipHasMigrantBranch).Match(() => m, x => x.ResidenceAreaCode == null, x => ix.MigrantBranchOfIntroducer(x) != null);
        Then().Do(ctx => ctx.Insert(new EngineAffiliation(m.Id, AffiliationOutcome.Assigned, ManagementMode.Attribution, new OrganizationId(ix.MigrantBranchOfIntroducer(m)!))));
    }
}

/// <summary>No residence, no introducer in a migrant branch → PendingIntroduction.</summary>
public sealed class PendingIntroduction : NRulesRule
{
    public override void Define()
    {
        AffiliationLookup ix = null!;
        MobileMember m = null!;
        When().Match(() => ix, x => x.TownshipHasMigrantBranch).Match(() => m, x => x.ResidenceAreaCode == null, x => ix.MigrantBranchOfIntroducer(x) == null);
        Then().Do(ctx => ctx.Insert(new EngineAffiliation(m.Id, AffiliationOutcome.PendingIntroduction, null, null)));
    }
}
