using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>Profiles for the four-haves tests: fixed ones for facts, generators for properties.</summary>
public static class FourHavesArbitraries
{
    private static readonly string[] Areas = ["A01", "A02", "A03"];

    /// <summary>An enterprise with nothing to show (15 points of supervision are out of reach without checks).</summary>
    public static EnterpriseProfile Empty(string id = "E0") => new() { Id = new EnterpriseId(id) };

    /// <summary>An enterprise that earns every point of the default table (total 100).</summary>
    public static EnterpriseProfile Perfect(string id = "E1") => new()
    {
        Id = new EnterpriseId(id),
        AreaCode = "A01",
        FullMembers = 10,
        ProbationaryMembers = 1,
        TakesPartInDecisions = true,
        BranchLedByManagement = true,
        MembersInManagement = 3,
        IdeasCollected = 4,
        IdeasAdopted = 2,
        MembersInKeyPosts = 5,
        TechnicalAchievements = 3,
        PioneerPosts = 3,
        UnionEstablished = true,
        LeagueEstablished = true,
        ActivitiesHeld = 9,
        LeagueMembersAndYoungWorkers = 20,
        MembershipApplicants = 2,
        ComplianceChecks = ComplianceArea.All,
    };

    /// <summary>Valid profiles of every kind (counts small enough to cross every band often).</summary>
    public static Gen<EnterpriseProfile> ValidProfile() =>
        Gen.Choose(0, int.MaxValue - 1).Select(seed => RandomValid(new Random(seed), "E" + (seed % 1000)));

    /// <summary>Profiles that may break any rule of the validator (negative counts, parts above wholes, default id).</summary>
    public static Gen<EnterpriseProfile> AnyProfile() =>
        Gen.Choose(0, int.MaxValue - 1).Select(seed => RandomAny(new Random(seed)));

    /// <summary>Township batches with distinct ids.</summary>
    public static Gen<EnterpriseProfile[]> Township() =>
        from count in Gen.Choose(0, 40)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select Enumerable.Range(0, count).Select(i => RandomValid(new Random(seed + i), "E" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    public static Arbitrary<EnterpriseProfile> Profiles() => ValidProfile().ToArbitrary();

    public static EnterpriseProfile RandomValid(Random r, string id)
    {
        var full = r.Next(0, 12);
        var probationary = r.Next(0, 3);
        var members = full + probationary;
        var management = r.Next(0, members + 1);
        var ideas = r.Next(0, 8);
        var youth = r.Next(0, 10);
        var found = r.Next(0, 6);
        var resolved = r.Next(0, found + 1);
        return new EnterpriseProfile
        {
            Id = new EnterpriseId(id),
            AreaCode = r.Next(0, 4) == 0 ? null : Areas[r.Next(Areas.Length)],
            Operating = r.Next(0, 10) != 0,
            FullMembers = full,
            ProbationaryMembers = probationary,
            InstructorAssigned = r.Next(0, 2) == 0,
            TakesPartInDecisions = r.Next(0, 2) == 0,
            BranchLedByManagement = management > 0 && r.Next(0, 2) == 0,
            MembersInManagement = management,
            IdeasCollected = ideas,
            IdeasAdopted = r.Next(0, ideas + 1),
            MembersInKeyPosts = r.Next(0, members + 1),
            TechnicalAchievements = r.Next(0, 5),
            PioneerPosts = r.Next(0, 5),
            UnionEstablished = r.Next(0, 2) == 0,
            LeagueEstablished = r.Next(0, 2) == 0,
            ActivitiesHeld = r.Next(0, 13),
            LeagueMembersAndYoungWorkers = youth,
            MembershipApplicants = r.Next(0, youth + 1),
            ComplianceChecks = (ComplianceArea)r.Next(0, 32),
            ViolationsFound = found,
            ViolationsReported = r.Next(0, found + 1),
            ViolationsResolved = resolved,
            SeriousViolationsUnresolved = r.Next(0, 3) == 0 ? r.Next(0, found - resolved + 1) : 0,
        };
    }

    private static EnterpriseProfile RandomAny(Random r)
    {
        int Count() => r.Next(-1, 5);
        return new EnterpriseProfile
        {
            Id = r.Next(0, 8) == 0 ? default : new EnterpriseId("E" + r.Next(100)),
            AreaCode = r.Next(0, 8) switch { 0 => " ", 1 => null, _ => "A01" },
            FullMembers = Count(),
            ProbationaryMembers = Count(),
            BranchLedByManagement = r.Next(0, 2) == 0,
            MembersInManagement = Count(),
            IdeasCollected = Count(),
            IdeasAdopted = Count(),
            MembersInKeyPosts = Count(),
            TechnicalAchievements = Count(),
            PioneerPosts = Count(),
            ActivitiesHeld = Count(),
            LeagueMembersAndYoungWorkers = Count(),
            MembershipApplicants = Count(),
            ComplianceChecks = (ComplianceArea)r.Next(0, 40),
            ViolationsFound = Count(),
            ViolationsReported = Count(),
            ViolationsResolved = Count(),
            SeriousViolationsUnresolved = Count(),
        };
    }
}
