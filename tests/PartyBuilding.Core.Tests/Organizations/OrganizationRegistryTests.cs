using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class OrganizationRegistryTests
{
    private static OrganizationId O(string id) => new(id);

    private static MemberId M(string id) => new(id);

    private static PartyOrganization Org(string id, string? parent = null, OrganizationKind kind = OrganizationKind.Village, string? area = null) =>
        new(O(id), "org " + id, OrganizationLevel.Branch, kind, area, parent is null ? null : O(parent));

    private static KeyValuePair<MemberId, OrganizationId> In(string member, string organization) => new(M(member), O(organization));

    private static InvalidInputException Refused(PartyOrganization[] organizations) => Refused(organizations, []);

    private static InvalidInputException Refused(PartyOrganization[] organizations, KeyValuePair<MemberId, OrganizationId>[] memberships) =>
        Assert.Throws<InvalidInputException>(() => new OrganizationRegistry(organizations, memberships));

    // ---- refusals ----

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        var error = Refused([Org("t"), Org("a", "t"), Org("a", "t")]);

        Assert.Equal([OrganizationErrorCodes.DuplicateId], error.Codes);
        Assert.Equal("organizations[2].Id", Assert.Single(error.Errors).PropertyName);
    }

    [Fact]
    public void An_unknown_parent_is_refused() =>
        Assert.Equal([OrganizationErrorCodes.ParentUnknown], Refused([Org("t"), Org("a", "nowhere")]).Codes);

    [Fact]
    public void A_self_parent_is_refused() =>
        Assert.Equal([OrganizationErrorCodes.SelfParent], Refused([Org("t"), Org("a", "a")]).Codes);

    [Fact]
    public void A_two_cycle_is_refused_naming_both_members()
    {
        var error = Refused([Org("t"), Org("a", "b"), Org("b", "a"), Org("c", "a")]);

        Assert.Equal([OrganizationErrorCodes.ParentCycle], error.Codes);
        Assert.Equal(["a", "b"], error.Errors.Select(e => e.AttemptedValue));
    }

    [Fact]
    public void A_three_cycle_is_refused_naming_every_member_and_not_the_branches_hanging_off_it()
    {
        var error = Refused([Org("x", "z"), Org("y", "x"), Org("z", "y"), Org("leaf", "y"), Org("root")]);

        Assert.Equal([OrganizationErrorCodes.ParentCycle], error.Codes);
        Assert.Equal(["x", "y", "z"], error.Errors.Select(e => e.AttemptedValue));
    }

    [Fact]
    public void A_membership_naming_an_unknown_organization_is_refused()
    {
        var error = Refused([Org("a")], [In("m1", "a"), In("m2", "b"), new(M("m3"), default)]);

        Assert.Equal([OrganizationErrorCodes.MembershipUnknownOrganization], error.Codes);
        Assert.Equal(2, error.Errors.Count);
    }

    [Fact]
    public void A_member_in_two_organizations_is_refused()
    {
        var error = Refused([Org("a"), Org("b")], [In("m1", "a"), In("m1", "b")]);

        Assert.Equal([OrganizationErrorCodes.MemberInTwoOrganizations], error.Codes);
    }

    [Fact]
    public void A_member_listed_twice_in_the_same_organization_is_refused() =>
        Assert.Equal([OrganizationErrorCodes.MemberInTwoOrganizations], Refused([Org("a")], [In("m1", "a"), In("m1", "a")]).Codes);

    [Fact]
    public void Default_ids_are_refused()
    {
        Assert.Equal([OrganizationErrorCodes.IdMissing], Refused([new PartyOrganization(default, "x", OrganizationLevel.Branch, OrganizationKind.Village)]).Codes);
        Assert.Equal([OrganizationErrorCodes.IdMissing], Refused([Org("a") with { ParentId = default(OrganizationId) }]).Codes);
        Assert.Equal([OrganizationErrorCodes.MemberIdMissing], Refused([Org("a")], [new(default, O("a"))]).Codes);
    }

    [Fact]
    public void Null_items_and_null_arguments_are_refused()
    {
        Assert.Equal([CommonErrorCodes.Required], Refused([Org("a"), null!]).Codes);
        Assert.Throws<ArgumentNullException>(() => new OrganizationRegistry(null!, []));
        Assert.Throws<ArgumentNullException>(() => new OrganizationRegistry([], null!));
    }

    [Fact]
    public void Malformed_organizations_are_refused_with_their_codes()
    {
        Assert.Equal([OrganizationErrorCodes.NameEmpty], Refused([Org("a") with { Name = " " }]).Codes);
        Assert.Equal([OrganizationErrorCodes.AreaCodeEmpty], Refused([Org("a") with { AreaCode = "" }]).Codes);
        Assert.Equal([OrganizationErrorCodes.EnumUndefined], Refused([Org("a") with { Kind = (OrganizationKind)99 }]).Codes);
        Assert.Equal([OrganizationErrorCodes.EnumUndefined], Refused([Org("a") with { Level = (OrganizationLevel)(-1) }]).Codes);
    }

    [Fact]
    public void Every_failure_is_listed_at_once()
    {
        var error = Refused(
            [Org("a"), Org("a"), Org("b", "nowhere"), Org("c", "c"), Org("d", "e"), Org("e", "d"), null!],
            [In("m1", "a"), In("m1", "b"), In("m2", "zz"), new(default, O("a"))]);

        Assert.Equal(
            new[]
            {
                OrganizationErrorCodes.SelfParent, OrganizationErrorCodes.DuplicateId, CommonErrorCodes.Required,
                OrganizationErrorCodes.ParentUnknown, OrganizationErrorCodes.ParentCycle,
                OrganizationErrorCodes.MemberInTwoOrganizations, OrganizationErrorCodes.MembershipUnknownOrganization, OrganizationErrorCodes.MemberIdMissing,
            }.Order(StringComparer.Ordinal),
            error.Codes.Order(StringComparer.Ordinal));
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    // ---- lookups ----

    private static OrganizationRegistry Township() => new(
        [
            Org("village-2", "township", OrganizationKind.Village, "A2"),
            Org("township", null, OrganizationKind.Township),
            Org("migrant-b", "township", OrganizationKind.Migrant, "A1"),
            Org("village-1", "township", OrganizationKind.Village, "A1"),
            Org("migrant-a", "township", OrganizationKind.Migrant, "A1"),
        ],
        [In("m3", "village-1"), In("m1", "village-1"), In("m2", "migrant-b")]);

    [Fact]
    public void TryGetInArea_picks_the_smallest_id_when_several_serve_the_area()
    {
        var registry = Township();

        Assert.True(registry.TryGetInArea("A1", OrganizationKind.Migrant, out var migrant));
        Assert.Equal(O("migrant-a"), migrant.Id);
        Assert.Equal(["migrant-a", "migrant-b"], registry.InArea("A1", OrganizationKind.Migrant).Select(o => o.Id.Value));
        Assert.False(registry.TryGetInArea("A2", OrganizationKind.Migrant, out var none));
        Assert.Null(none);
        Assert.False(registry.TryGetInArea("a1", OrganizationKind.Village, out _)); // area codes are ordinal
        Assert.Empty(registry.InArea("A9", OrganizationKind.Village));
        Assert.Throws<ArgumentNullException>(() => registry.TryGetInArea(null!, OrganizationKind.Village, out _));
        Assert.Throws<ArgumentNullException>(() => registry.InArea(null!, OrganizationKind.Village));
    }

    [Fact]
    public void Lookups_answer_from_the_registry()
    {
        var registry = Township();

        Assert.Equal(["migrant-a", "migrant-b", "township", "village-1", "village-2"], registry.Organizations.Select(o => o.Id.Value));
        Assert.Equal(3, registry.MemberCount);
        Assert.True(registry.Contains(O("township")));
        Assert.False(registry.Contains(O("nowhere")));
        Assert.True(registry.TryGetOrganizationOf(M("m2"), out var of));
        Assert.Equal(O("migrant-b"), of.Id);
        Assert.False(registry.TryGetOrganizationOf(M("m9"), out _));
        Assert.False(registry.TryGetOrganizationOf(default, out _));
        Assert.Equal([M("m1"), M("m3")], registry.MembersOf(O("village-1")));
        Assert.Empty(registry.MembersOf(O("village-2")));
        Assert.Empty(registry.MembersOf(O("nowhere")));
        Assert.Equal(["village-1", "village-2"], registry.OfKind(OrganizationKind.Village).Select(o => o.Id.Value));
        Assert.Empty(registry.OfKind(OrganizationKind.Joint));
        Assert.Empty(registry.OfKind((OrganizationKind)99));
        Assert.Equal("township", registry.GetOrganization(O("township")).Id.Value);
        Assert.False(registry.TryGetOrganization(default, out _));
    }

    [Fact]
    public void Looking_up_an_unknown_or_missing_id_is_refused_with_a_code()
    {
        // Issue 13 item 5: a coded InvalidInputException, not a KeyNotFoundException, reaches the host.
        var registry = Township();

        var unknown = Assert.Throws<InvalidInputException>(() => registry.GetOrganization(O("nowhere")));
        var missing = Assert.Throws<InvalidInputException>(() => registry.GetOrganization(default));

        Assert.Equal([OrganizationErrorCodes.OrganizationUnknown], unknown.Codes);
        Assert.Equal("nowhere", Assert.Single(unknown.Errors).AttemptedValue);
        Assert.Equal([OrganizationErrorCodes.IdMissing], missing.Codes);
    }

    [Fact]
    public void No_list_the_registry_returns_can_be_written_through_a_cast()
    {
        var registry = Township();
        var organization = registry.Organizations[0];

        ReadOnlyLists.AssertUnwritable(registry.Organizations, organization);
        ReadOnlyLists.AssertUnwritable(registry.MembersOf(O("village-1")), M("x"));
        ReadOnlyLists.AssertUnwritable(registry.MembersOf(O("nowhere")), M("x"));
        ReadOnlyLists.AssertUnwritable(registry.OfKind(OrganizationKind.Village), organization);
        ReadOnlyLists.AssertUnwritable(registry.OfKind(OrganizationKind.Joint), organization);
        ReadOnlyLists.AssertUnwritable(registry.InArea("A1", OrganizationKind.Migrant), organization);
        ReadOnlyLists.AssertUnwritable(registry.InArea("A9", OrganizationKind.Migrant), organization);
        Assert.Equal(["migrant-a", "migrant-b", "township", "village-1", "village-2"], registry.Organizations.Select(o => o.Id.Value));
    }

    [Fact]
    public void The_registry_keeps_its_own_copy_of_the_input()
    {
        var organizations = new List<PartyOrganization> { Org("a", area: "A1"), Org("b", area: "A1") };
        var memberships = new List<KeyValuePair<MemberId, OrganizationId>> { In("m1", "a") };
        var registry = new OrganizationRegistry(organizations, memberships);

        organizations.Clear();
        memberships.Add(In("m2", "b"));

        Assert.Equal(2, registry.Organizations.Count);
        Assert.Equal(1, registry.MemberCount);
        Assert.Equal(["a", "b"], registry.InArea("A1", OrganizationKind.Village).Select(o => o.Id.Value));
    }

    [Fact]
    public void The_empty_registry_has_nothing()
    {
        Assert.Empty(OrganizationRegistry.Empty.Organizations);
        Assert.Equal(0, OrganizationRegistry.Empty.MemberCount);
        Assert.False(OrganizationRegistry.Empty.TryGetInArea("A1", OrganizationKind.Village, out _));
    }
}
