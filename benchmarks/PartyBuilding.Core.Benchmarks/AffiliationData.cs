using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>The township of the affiliation benchmarks (capability and peers): every branch of the rule occurs.</summary>
internal static class AffiliationData
{
    /// <summary>Members (one in ten without a residence; their introducers known, unknown or absent) and the registry.</summary>
    public static (OrganizationRegistry Registry, MobileMember[] Members) Generate(int count, int seed)
    {
        var random = new Random(seed);
        var (organizations, memberships) = Township(random);
        return (new OrganizationRegistry(organizations, memberships), [.. Members(random, count)]);
    }

    /// <summary>The members, made one at a time as they are read (the province-scale runner streams them).</summary>
    public static IEnumerable<MobileMember> Members(Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(10);
            yield return roll == 0
                ? new MobileMember(new MemberId($"M{i:0000000}"), MembershipStatus.Full, null,
                    random.Next(5) switch { 0 => new MemberId("X"), 1 => null, _ => new MemberId($"R{random.Next(4_000):0000}") })
                : new MobileMember(new MemberId($"M{i:0000000}"), roll == 1 ? MembershipStatus.Probationary : MembershipStatus.Full, $"A{random.Next(150):000}");
        }
    }

    /// <summary>200 organizations and 4,000 registered members drawn from <paramref name="random"/>.</summary>
    public static (List<PartyOrganization> Organizations, List<KeyValuePair<MemberId, OrganizationId>> Memberships) Township(Random random)
    {
        var township = new OrganizationId("T");
        var organizations = new List<PartyOrganization>
        {
            new(township, "Township committee", OrganizationLevel.Committee, OrganizationKind.Township),
        };

        // 40 migrant (A000–A039), 80 village (A020–A099), 60 community (A080–A139), 19 enterprise; A140–A149 unserved.
        for (var i = 0; i < 199; i++)
        {
            var (kind, area) = i switch
            {
                < 40 => (OrganizationKind.Migrant, i),
                < 120 => (OrganizationKind.Village, i - 20),
                < 180 => (OrganizationKind.Community, i - 100),
                _ => (OrganizationKind.Enterprise, i - 180),
            };
            organizations.Add(new PartyOrganization(new OrganizationId($"O{i:000}"), $"Branch {i}", OrganizationLevel.Branch, kind, $"A{area:000}", township));
        }

        var memberships = new List<KeyValuePair<MemberId, OrganizationId>>();
        for (var r = 0; r < 4_000; r++)
        {
            memberships.Add(new(new MemberId($"R{r:0000}"), organizations[1 + random.Next(199)].Id));
        }

        return (organizations, memberships);
    }
}
