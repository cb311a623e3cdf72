using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Affiliation;

/// <summary>Issue 16: a migrant branch serving a settlement spread over several area codes.</summary>
public sealed class ServedAreasTests
{
    private static readonly OrganizationId Township = new("township");
    private static readonly OrganizationId Waikou = new("m-waikou");

    private static PartyOrganization Branch(string id, OrganizationKind kind, string? area, params string[] served) =>
        new(new OrganizationId(id), id, OrganizationLevel.Branch, kind, area, Township) { ServedAreaCodes = served };

    private static OrganizationRegistry Registry(params PartyOrganization[] branches) =>
        new([new PartyOrganization(Township, "Township", OrganizationLevel.Committee, OrganizationKind.Township), .. branches], []);

    private static MobileMember Member(string id, string? area) => new(new MemberId(id), MembershipStatus.Full, area);

    [Fact]
    public void Every_served_area_counts_as_the_branch_s_own_for_the_registry_assignment_and_advice()
    {
        var registry = Registry(
            Branch("m-waikou", OrganizationKind.Migrant, "WK1", "WK2", "WK3"),
            Branch("v-wk2", OrganizationKind.Village, "WK2"));

        Assert.Equal(["WK1", "WK2", "WK3"], registry.GetOrganization(Waikou).Areas);
        foreach (var area in new[] { "WK1", "WK2", "WK3" })
        {
            Assert.True(registry.TryGetInArea(area, OrganizationKind.Migrant, out var found));
            Assert.Equal(Waikou, found.Id);
            var decision = new AffiliationAssigner().Assign(Member("m-" + area, area), registry);
            Assert.Equal((AffiliationOutcome.Assigned, ManagementMode.Centralized, Waikou), (decision.Outcome, decision.Mode!.Value, decision.Organization!.Value));
        }

        Assert.Equal([new OrganizationId("v-wk2")], registry.InArea("WK2", OrganizationKind.Village).Select(o => o.Id));
        var residents = Enumerable.Range(0, 4).Select(i => Member($"r{i}", "WK3")).ToArray();
        Assert.Empty(new MigrantBranchAdvisor(AffiliationPolicy.Default).Advise(residents, registry));
        Assert.Single(new MigrantBranchAdvisor(AffiliationPolicy.Default).Advise(residents, Registry(Branch("m-waikou", OrganizationKind.Migrant, "WK1", "WK2"))));
    }

    [Fact]
    public void Two_migrant_branches_serving_one_area_resolve_to_the_smallest_id_whichever_names_it_as_a_served_area()
    {
        var registry = Registry(
            Branch("m-b", OrganizationKind.Migrant, "WK2"),
            Branch("m-a", OrganizationKind.Migrant, "WK1", "WK2"));

        Assert.Equal(new OrganizationId("m-a"), new AffiliationAssigner().Assign(Member("x", "WK2"), registry).Organization);
        Assert.Equal(["m-a", "m-b"], registry.InArea("WK2", OrganizationKind.Migrant).Select(o => o.Id.Value));
    }

    [Fact]
    public void Served_areas_are_checked_where_the_registry_accepts_them()
    {
        var error = Assert.Throws<InvalidInputException>(() => Registry(
            Branch("v-one", OrganizationKind.Village, "V1", "V2"),
            Branch("m-none", OrganizationKind.Migrant, null, "WK1"),
            Branch("m-bad", OrganizationKind.Migrant, "WK1", " ", "WK1", "WK2", "WK2"),
            Branch("m-null", OrganizationKind.Migrant, "WK1") with { ServedAreaCodes = null! }));

        Assert.Equal(
            [
                OrganizationErrorCodes.ServedAreasNotMigrant, OrganizationErrorCodes.ServedAreasWithoutArea,
                OrganizationErrorCodes.AreaCodeEmpty, OrganizationErrorCodes.AreaDuplicate,
                CommonErrorCodes.Required,
            ],
            error.Codes);
        Assert.Equal(2, error.Errors.Count(e => e.ErrorCode == OrganizationErrorCodes.AreaDuplicate));
    }

    [Fact]
    public void Served_areas_are_copied_and_compared_by_content()
    {
        var served = new List<string> { "WK2" };
        var branch = Branch("m-waikou", OrganizationKind.Migrant, "WK1") with { ServedAreaCodes = served };
        served.Add("WK3");

        Assert.Equal(["WK2"], branch.ServedAreaCodes);
        Assert.Equal(Branch("m-waikou", OrganizationKind.Migrant, "WK1", "WK2"), branch);
        Assert.True(branch.Serves("WK2"));
        Assert.False(branch.Serves("WK3"));
        Assert.Empty(new PartyOrganization(Township, "T", OrganizationLevel.Committee, OrganizationKind.Township).Areas);
    }
}
