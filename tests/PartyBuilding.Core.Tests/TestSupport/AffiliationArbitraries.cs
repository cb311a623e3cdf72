using NodaTime;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.Affiliation;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>Generators for the affiliation properties: small townships with every kind of awkward case.</summary>
public static class AffiliationArbitraries
{
    public static readonly string[] Areas = ["A1", "A2", "A3", "A4"];

    /// <summary>An area no organization ever serves.</summary>
    public const string UnservedArea = "Z9";

    private static readonly OrganizationKind[] BranchKinds =
        [OrganizationKind.Migrant, OrganizationKind.Village, OrganizationKind.Community, OrganizationKind.Enterprise, OrganizationKind.Joint];

    public static Arbitrary<Township> Township() => TownshipGen.ToArbitrary();

    public static Arbitrary<ContactCase> ContactCase() => ContactCaseGen.ToArbitrary();

    public static Gen<Township> TownshipGen =>
        from organizationCount in Gen.Choose(0, 10)
        from specs in Gen.ArrayOf(Gen.Zip(Gen.Elements(BranchKinds), Gen.Choose(-1, Areas.Length - 1)), organizationCount)
        from memberships in Gen.ArrayOf(Gen.Choose(-1, organizationCount), 8)
        from memberCount in Gen.Choose(0, 25)
        from members in Gen.ArrayOf(MemberSpecGen, memberCount)
        select Build(specs, memberships, members);

    private static Gen<(MembershipStatus Status, int Area, int Introducer, int Pick)> MemberSpecGen =>
        from status in Gen.Elements(MembershipStatus.Full, MembershipStatus.Probationary)
        from area in Gen.Choose(-2, Areas.Length)
        from introducer in Gen.Choose(0, 3)
        from pick in Gen.Choose(0, 30)
        select (status, area, introducer, pick);

    private static Township Build(
        (OrganizationKind Kind, int Area)[] specs,
        int[] memberships,
        (MembershipStatus Status, int Area, int Introducer, int Pick)[] members)
    {
        var organizations = new List<PartyOrganization>
        {
            new(new OrganizationId("T"), "Township committee", OrganizationLevel.Committee, OrganizationKind.Township),
        };
        for (var i = 0; i < specs.Length; i++)
        {
            var (kind, area) = specs[i];
            organizations.Add(new PartyOrganization(
                new OrganizationId($"O{i:00}"), $"Branch {i}", OrganizationLevel.Branch, kind, area < 0 ? null : Areas[area], new OrganizationId("T")));
        }

        var pairs = new List<KeyValuePair<MemberId, OrganizationId>>();
        for (var r = 0; r < memberships.Length; r++)
        {
            if (memberships[r] >= 0)
            {
                pairs.Add(new(new MemberId($"R{r}"), organizations[memberships[r]].Id));
            }
        }

        var mobile = new MobileMember[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var (status, area, introducer, pick) = members[i];
            var id = new MemberId($"M{i:00}");
            string? residence = area switch
            {
                -2 => UnservedArea,
                -1 => null,
                _ when area >= Areas.Length => null,
                _ => Areas[area],
            };
            MemberId? by = introducer switch
            {
                1 => new MemberId($"R{pick % memberships.Length}"),
                2 => new MemberId("X-unknown"),
                3 when pick % Math.Max(members.Length, 1) != i => new MemberId($"M{pick % Math.Max(members.Length, 1):00}"),
                _ => null,
            };
            mobile[i] = new MobileMember(id, status, residence, by);
        }

        return new Township([.. organizations], [.. pairs], mobile);
    }

    private static readonly LocalDate Start = new(2024, 1, 1);

    public static Gen<ContactCase> ContactCaseGen =>
        from since in Gen.Choose(0, 400)
        from count in Gen.Choose(0, 12)
        from records in Gen.ArrayOf(Gen.Zip(Gen.Elements(Enum.GetValues<ContactKind>()), Gen.Choose(0, 700)), count)
        from gap in Gen.Choose(0, 500)
        from boundary in Gen.Elements(false, true)
        from basePick in Gen.Choose(0, 12)
        from months in Gen.Elements(1, 6)
        from nudge in Gen.Choose(-1, 1)
        from later in Gen.Choose(0, 400)
        select MakeContactCase(since, records, boundary ? (basePick, months, nudge) : null, gap, later);

    private static ContactCase MakeContactCase(
        int since, (ContactKind Kind, int Day)[] records, (int Pick, int Months, int Nudge)? boundary, int gap, int later)
    {
        var member = new MemberId("M1");
        var list = records
            .Select(r => new ContactRecord(member, r.Kind, Start.PlusDays(r.Day)))
            .Distinct()
            .ToArray();
        var latest = list.Select(r => r.On).Append(Start.PlusDays(since)).Max();
        var asOf = latest.PlusDays(gap);
        if (boundary is var (pick, months, nudge))
        {
            // Land on (or a day either side of) the end of an interval counted from one of the dates.
            var dates = list.Select(r => r.On).Append(Start.PlusDays(since)).ToArray();
            var edge = dates[pick % dates.Length].PlusMonths(months).PlusDays(nudge);
            asOf = edge < latest ? latest : edge;
        }

        return new ContactCase(member, Start.PlusDays(since), list, asOf, asOf.PlusDays(later));
    }
}
