using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class OrganizationRegistryPropertyTests
{
    [Property(MaxTest = 300)]
    public Property The_registry_accepts_every_well_formed_input() =>
        Prop.ForAll(FoundationArbitraries.ValidRegistries, input =>
        {
            var registry = input.Build();
            return registry.Organizations.Count == input.Organizations.Length && registry.MemberCount == input.Memberships.Length;
        });

    [Property(MaxTest = 500)]
    public Property The_registry_refuses_every_malformed_input_a_generator_can_make_with_the_matching_code() =>
        Prop.ForAll(FoundationArbitraries.CorruptedRegistries, corrupted =>
        {
            try
            {
                corrupted.Input.Build();
                return false.Label("accepted: " + corrupted);
            }
            catch (InvalidInputException error)
            {
                return error.Codes.SequenceEqual([corrupted.ExpectedCode])
                    .Label($"codes {string.Join(",", error.Codes)} for {corrupted}");
            }
        });

    [Property(MaxTest = 200)]
    public Property Lookups_do_not_depend_on_input_order() =>
        Prop.ForAll(
            (from input in FoundationArbitraries.ValidRegistry()
             from organizations in Gen.Shuffle(input.Organizations)
             from memberships in Gen.Shuffle(input.Memberships)
             select (input, reordered: new RegistryInput(organizations, memberships))).ToArbitrary(),
            t =>
            {
                var a = t.input.Build();
                var b = t.reordered.Build();
                return Describe(a, t.input) == Describe(b, t.input);
            });

    [Property(MaxTest = 300)]
    public Property Lookups_agree_with_a_linear_search_of_the_input() =>
        Prop.ForAll(FoundationArbitraries.ValidRegistries, input =>
        {
            var registry = input.Build();
            var organizations = input.Organizations.Select(o => o!).ToArray();
            var ok = registry.Organizations.Select(o => o.Id).SequenceEqual(organizations.Select(o => o.Id).Order());
            foreach (var area in new[] { "A1", "A2", "A3", "A4" })
            {
                foreach (var kind in Enum.GetValues<OrganizationKind>())
                {
                    var serving = organizations.Where(o => o.AreaCode == area && o.Kind == kind).OrderBy(o => o.Id.Value, StringComparer.Ordinal).ToArray();
                    var found = registry.TryGetInArea(area, kind, out var smallest);
                    ok &= found == serving.Length > 0
                        && (!found || smallest == serving[0])
                        && registry.InArea(area, kind).SequenceEqual(serving);
                }
            }

            foreach (var kind in Enum.GetValues<OrganizationKind>())
            {
                ok &= registry.OfKind(kind).SequenceEqual(organizations.Where(o => o.Kind == kind).OrderBy(o => o.Id.Value, StringComparer.Ordinal));
            }

            foreach (var organization in organizations)
            {
                ok &= registry.MembersOf(organization.Id).SequenceEqual(
                    input.Memberships.Where(m => m.Value == organization.Id).Select(m => m.Key).OrderBy(m => m.Value, StringComparer.Ordinal));
            }

            foreach (var (member, organization) in input.Memberships)
            {
                ok &= registry.TryGetOrganizationOf(member, out var of) && of.Id == organization;
            }

            return ok;
        });

    private static string Describe(OrganizationRegistry registry, RegistryInput input)
    {
        var lines = new List<string> { string.Join(",", registry.Organizations.Select(o => o.Id.Value)) };
        foreach (var area in new[] { "A1", "A2", "A3" })
        {
            foreach (var kind in Enum.GetValues<OrganizationKind>())
            {
                lines.Add($"{area}/{kind}: {(registry.TryGetInArea(area, kind, out var o) ? o.Id.Value : "-")} [{string.Join(",", registry.InArea(area, kind).Select(x => x.Id.Value))}]");
            }
        }

        foreach (var kind in Enum.GetValues<OrganizationKind>())
        {
            lines.Add($"{kind}: {string.Join(",", registry.OfKind(kind).Select(x => x.Id.Value))}");
        }

        foreach (var organization in registry.Organizations)
        {
            lines.Add($"{organization.Id.Value}: {string.Join(",", registry.MembersOf(organization.Id).Select(m => m.Value))}");
        }

        foreach (var (member, _) in input.Memberships)
        {
            lines.Add($"{member.Value} in {(registry.TryGetOrganizationOf(member, out var o) ? o.Id.Value : "-")}");
        }

        return string.Join("\n", lines);
    }
}
