using System.Globalization;
using NodaTime;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Specifications;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Affiliation;

/// <summary>
/// Issue 13 items 1, 5 and 6 for every affiliation entry point: hostile input gives a result or a coded
/// refusal, what comes back cannot be written through a cast, and threads in different cultures agree.
/// </summary>
public sealed class AffiliationBoundaryProperties
{
    private static readonly AffiliationAssigner Assigner = new();
    private static readonly MigrantBranchAdvisor Advisor = new(AffiliationPolicy.Default);
    private static readonly ContactStandingAssessor Assessor = new(AffiliationPolicy.Default);

    private static string Show<T>(IEnumerable<T?> items) => string.Join("; ", items.Select(i => i?.ToString() ?? "null"));

    [Property(MaxTest = 300)]
    public Property The_assigner_gives_a_result_or_a_coded_refusal() =>
        Prop.ForAll(
            (from township in AffiliationArbitraries.TownshipGen
             from members in HostileAffiliation.Members
             select (township, members)).ToArbitrary(),
            t =>
            {
                var registry = t.township.Registry();
                var batch = Boundary.ResultOrCoded(() => Assigner.AssignAll(t.members!, registry).ToArray(), Show(t.members));
                return t.members.Where(m => m is not null)
                    .Aggregate(batch, (ok, m) => ok.And(Boundary.ResultOrCoded(() => Assigner.Assign(m!, registry), m!.ToString())));
            });

    [Property(MaxTest = 300)]
    public Property The_migrant_branch_advisor_gives_a_result_or_a_coded_refusal() =>
        Prop.ForAll(
            (from township in AffiliationArbitraries.TownshipGen
             from members in HostileAffiliation.Members
             from policy in HostileAffiliation.Policy
             select (township, members, policy)).ToArbitrary(),
            t => Boundary.ResultOrCoded(() => new MigrantBranchAdvisor(t.policy).Advise(t.members!, t.township.Registry()), $"{t.policy} {Show(t.members)}")
                .And(Boundary.ResultOrCoded(() => Advisor.Advise(t.members!, t.township.Registry()), Show(t.members))));

    [Property(MaxTest = 500)]
    public Property The_contact_assessor_gives_a_result_or_a_coded_refusal() =>
        Prop.ForAll(
            (from member in Gen.Elements<MemberId>(default, new MemberId("a"), new MemberId("b"))
             from since in HostileAffiliation.Date
             from asOf in HostileAffiliation.Date
             from records in Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(HostileAffiliation.Record, n))
             from policy in HostileAffiliation.Policy
             select (member, since, asOf, records, policy)).ToArbitrary(),
            t => Boundary.ResultOrCoded(() => Assessor.Assess(t.member, t.since, t.records!, t.asOf), $"{t.member} {t.since} {t.asOf} {Show(t.records)}")
                .And(Boundary.ResultOrCoded(() => new ContactStandingAssessor(t.policy).Assess(t.member, t.since, t.records!, t.asOf), $"{t.policy}")));

    [Property(MaxTest = 300)]
    public Property The_specifications_give_a_result_or_a_coded_refusal() =>
        Prop.ForAll(
            (from asOf in HostileAffiliation.Date
             from policy in HostileAffiliation.Policy
             from organization in Gen.Elements<OrganizationId>(default, new OrganizationId("o"))
             select (asOf, policy, organization)).ToArbitrary(),
            t => Boundary.ResultOrCoded(() => new MobileMembersOverdueForReportSpec(t.asOf, t.policy), $"{t.asOf} {t.policy}")
                .And(Boundary.ResultOrCoded(() => new MobileMembersLostContactSpec(t.asOf, t.policy), $"{t.asOf} {t.policy}"))
                .And(Boundary.ResultOrCoded(() => new MobileMembersForWithdrawalReviewSpec(t.asOf, t.policy), $"{t.asOf} {t.policy}"))
                .And(Boundary.ResultOrCoded(() => new MobileMembersFlaggedForReviewSpec(t.asOf, t.policy), $"{t.asOf} {t.policy}"))
                .And(Boundary.ResultOrCoded(() => new MobileMembersOfOrganizationSpec(t.organization), $"{t.organization}")));

    [Fact]
    public void Nothing_an_affiliation_service_returns_can_be_written_through_a_cast()
    {
        var registry = new OrganizationRegistry([new PartyOrganization(new OrganizationId("v"), "Village", OrganizationLevel.Branch, OrganizationKind.Village, "X")], []);
        Core.Members.MembershipStatus full = Core.Members.MembershipStatus.Full;
        MobileMember[] members = [new(new MemberId("a"), full, "Y"), new(new MemberId("b"), full, "Y"), new(new MemberId("c"), full, "Y")];
        var reason = new Reason("X", "x");

        ReadOnlyLists.AssertUnwritable(Assigner.Assign(members[0], registry).Reasons, reason);
        var advice = Advisor.Advise(members, registry);
        ReadOnlyLists.AssertUnwritable(advice, advice[0]);
        ReadOnlyLists.AssertUnwritable(advice[0].Reasons, reason);
        ReadOnlyLists.AssertUnwritable(advice[0].CandidateSecretaries, new MemberId("z"));
        ReadOnlyLists.AssertUnwritable(Assessor.Assess(new MemberId("a"), new LocalDate(2026, 1, 1), [], new LocalDate(2026, 9, 1)).Reasons, reason);
    }

    [Fact]
    public void Records_carrying_lists_copy_them_and_compare_by_content()
    {
        var reasons = new List<Reason> { new("X", "x") };
        var secretaries = new List<MemberId> { new("a") };
        var assessment = new ContactAssessment(new MemberId("a"), new LocalDate(2026, 1, 1), ContactStanding.Current, "v1", reasons);
        var recommendation = new MigrantBranchRecommendation("X", 1, 0, secretaries, reasons);
        reasons.Add(new("Y", "y"));
        secretaries.Clear();

        Assert.Single(assessment.Reasons);
        Assert.Single(recommendation.Reasons);
        Assert.Single(recommendation.CandidateSecretaries);
        Assert.Equal(new ContactAssessment(new MemberId("a"), new LocalDate(2026, 1, 1), ContactStanding.Current, "v1", [new("X", "x")]), assessment);
        Assert.Equal(new MigrantBranchRecommendation("X", 1, 0, [new("a")], [new("X", "x")]), recommendation);
        Assert.NotEqual(recommendation, recommendation with { CandidateSecretaries = [] });
    }

    [Fact]
    public void Eight_threads_in_their_own_cultures_each_get_the_single_threaded_result_in_their_own_language()
    {
        // One township with more than five members (Sample takes the number of samples first, then the size).
        var township = AffiliationArbitraries.TownshipGen.Where(t => t.Members.Length > 5).Sample(1, 20)[0];
        var registry = township.Registry();
        string[] cultures = ["en", "zh-CN", "en-US", "zh-CN", "en-GB", "zh-CN", "fr-FR", "zh-CN"];
        var expected = cultures.Distinct().ToDictionary(c => c, c => Culture.Under(c, () => Assigner.AssignAll(township.Members, registry).ToArray()));

        var results = new AffiliationDecision[cultures.Length][];
        var threads = cultures.Select((culture, i) => new Thread(() =>
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            for (var round = 0; round < 50; round++)
            {
                results[i] = Assigner.AssignAll(township.Members, registry).ToArray();
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

        Assert.NotEqual(expected["en"][0].Reasons[0].Message, expected["zh-CN"][0].Reasons[0].Message);
    }
}
