using System.Globalization;
using NodaTime;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Specifications;
using PartyBuilding.Core.Tests.Affiliation;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Issue 13 items 1, 5 and 6 for every organizations entry point: hostile input gives a result or a coded
/// refusal, what comes back cannot be written through a cast, and threads in different cultures agree.
/// </summary>
public sealed class OrganizationBoundaryProperties
{
    private static readonly Gen<int> AnyInt = Gen.Frequency(
        (3, Gen.Choose(-5, 150)),
        (1, Gen.Elements(int.MinValue, int.MinValue + 1, -1, int.MaxValue - 1, int.MaxValue)),
        (1, Gen.Choose(int.MinValue, int.MaxValue)));

    private static readonly Gen<PartyOrganization?> HostileOrganization = Gen.Frequency(
        (1, Gen.Constant<PartyOrganization?>(null)),
        (9,
            from id in Gen.Elements<OrganizationId>(default, new OrganizationId("a"), new OrganizationId("b"), new OrganizationId("c"))
            from name in Gen.Elements<string?>(null, "", " ", "Branch")
            from level in Gen.Choose(-2, 4).Select(l => (OrganizationLevel)l)
            from kind in Gen.Choose(-2, 8).Select(k => (OrganizationKind)k)
            from area in Gen.Elements<string?>(null, "", " ", "A1", "A2")
            from parent in Gen.Elements<OrganizationId?>(null, default(OrganizationId), new OrganizationId("a"), new OrganizationId("z"))
            select (PartyOrganization?)new PartyOrganization(id, name!, level, kind, area, parent)));

    private static readonly Gen<KeyValuePair<MemberId, OrganizationId>> HostileMembership =
        from member in Gen.Elements<MemberId>(default, new MemberId("m1"), new MemberId("m2"))
        from organization in Gen.Elements<OrganizationId>(default, new OrganizationId("a"), new OrganizationId("b"), new OrganizationId("z"))
        select new KeyValuePair<MemberId, OrganizationId>(member, organization);

    private static readonly Gen<StructurePolicy> HostilePolicy =
        from figures in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(-2, 120)), (1, Gen.Elements(int.MinValue, int.MaxValue))), 11)
        select new StructurePolicy
        {
            MinimumFullMembers = figures[0], MaxUnitsPerJointBranch = figures[1], BranchCommitteeFromFullMembers = figures[2],
            BranchCommitteeMinSize = figures[3], BranchCommitteeUsualMaxSize = figures[4], BranchCommitteeMaxSize = figures[5],
            MaxMembersPerBranch = figures[6], MaxMembersPerGeneralBranch = figures[7], CommitteeTermYears = figures[8],
            GeneralBranchTermYears = figures[9], BranchTermYears = figures[10],
        };

    [Property(MaxTest = 500)]
    public Property The_registry_and_its_lookups_give_a_result_or_a_coded_refusal() =>
        Prop.ForAll(
            (from organizations in Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(HostileOrganization, n))
             from memberships in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(HostileMembership, n))
             from id in Gen.Elements<OrganizationId>(default, new OrganizationId("a"), new OrganizationId("z"))
             from kind in Gen.Choose(-2, 8).Select(k => (OrganizationKind)k)
             from area in Gen.Elements("", " ", "A1", "a1")
             select (organizations, memberships, id, kind, area)).ToArbitrary(),
            t =>
            {
                var input = $"{string.Join("; ", t.organizations.Select(o => o?.ToString() ?? "null"))} | {t.id} {t.kind} '{t.area}'";
                return Boundary.ResultOrCoded(
                    () =>
                    {
                        var registry = new OrganizationRegistry(t.organizations!, t.memberships);
                        _ = registry.TryGetOrganization(t.id, out _);
                        _ = registry.MembersOf(t.id);
                        _ = registry.OfKind(t.kind);
                        _ = registry.InArea(t.area, t.kind);
                        _ = registry.TryGetInArea(t.area, t.kind, out _);
                        _ = registry.GetOrganization(t.id);
                    },
                    input);
            });

    [Property(MaxTest = 500)]
    public Property Structure_advice_terms_and_specifications_give_a_result_or_a_coded_refusal() =>
        Prop.ForAll(
            (from policy in Gen.Frequency((1, Gen.Constant(StructurePolicy.Default)), (2, HostilePolicy))
             from full in AnyInt
             from probationary in AnyInt
             from level in Gen.Elements(-1, 0, 1, 2, 3, int.MinValue).Select(l => (OrganizationLevel)l)
             from start in HostileAffiliation.Date
             select (policy, full, probationary, level, start)).ToArbitrary(),
            t =>
            {
                var input = $"{t.policy} {t.full}/{t.probationary} {t.level} {t.start}";
                return Boundary.ResultOrCoded(() => new StructureAdvisor(t.policy).Advise(t.full, t.probationary), input)
                    .And(Boundary.ResultOrCoded(() => new StructureAdvisor(StructurePolicy.Default).Advise(t.full, t.probationary), input))
                    .And(Boundary.ResultOrCoded(() => t.policy.TermEndOf(t.level, t.start), input))
                    .And(Boundary.ResultOrCoded(() => new OrganizationsNeedingAnotherFormSpec(t.policy), input))
                    .And(Boundary.ResultOrCoded(() => new OrganizationsWithTermEndingSpec(t.start), input));
            });

    [Fact]
    public void A_term_past_the_end_of_the_calendar_ends_on_the_last_representable_date()
    {
        Assert.Equal(LocalDate.MaxIsoValue, StructurePolicy.Default.TermEndOf(OrganizationLevel.Committee, new LocalDate(9998, 6, 1)));
        Assert.Equal(LocalDate.MaxIsoValue, (StructurePolicy.Default with { BranchTermYears = int.MaxValue }).TermEndOf(OrganizationLevel.Branch, new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void Structure_advice_keeps_its_own_reasons_and_compares_them_by_content()
    {
        var advisor = new StructureAdvisor(StructurePolicy.Default);
        var advice = advisor.Advise(7, 0);
        var reasons = new List<Reason> { new("X", "x") };
        var built = new StructureAdvice(AdvisedForm.Branch, reasons);
        reasons.Clear();

        ReadOnlyLists.AssertUnwritable(advice.Reasons, new Reason("X", "x"));
        Assert.Equal(advice, advisor.Advise(7, 0));
        Assert.Equal(advice.GetHashCode(), advisor.Advise(7, 0).GetHashCode());
        Assert.Single(built.Reasons);
        Assert.Equal(new StructureAdvice(AdvisedForm.Branch, [new("X", "x")]), built);
    }

    [Fact]
    public void Eight_threads_in_their_own_cultures_each_get_the_single_threaded_advice_in_their_own_language()
    {
        var advisor = new StructureAdvisor(StructurePolicy.Default);
        (int Full, int Probationary)[] units = [(0, 0), (2, 1), (3, 0), (7, 2), (40, 20), (101, 0)];
        string[] cultures = ["en", "zh-CN", "en-US", "zh-CN", "en-GB", "zh-CN", "fr-FR", "zh-CN"];
        var expected = cultures.Distinct().ToDictionary(c => c, c => Culture.Under(c, () => units.Select(u => advisor.Advise(u.Full, u.Probationary)).ToArray()));

        var results = new StructureAdvice[cultures.Length][];
        var threads = cultures.Select((culture, i) => new Thread(() =>
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            for (var round = 0; round < 200; round++)
            {
                results[i] = [.. units.Select(u => advisor.Advise(u.Full, u.Probationary))];
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        for (var i = 0; i < cultures.Length; i++)
        {
            Assert.Equal(expected[cultures[i]], results[i]);
        }

        Assert.NotEqual(expected["en"][3].Reasons[0].Message, expected["zh-CN"][3].Reasons[0].Message);
    }
}
