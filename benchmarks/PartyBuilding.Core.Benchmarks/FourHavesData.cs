using PartyBuilding.Core;
using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>The enterprise profiles of the four-haves benchmarks (capability and peers): every kind, a quarter with a serious unresolved violation.</summary>
internal static class FourHavesData
{
    public static EnterpriseProfile[] Generate(int count, int seed) => [.. Stream(count, seed)];

    /// <summary>The profiles, made one at a time as they are read (the province-scale runner streams them).</summary>
    public static IEnumerable<EnterpriseProfile> Stream(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var full = random.Next(0, 12);
            var management = random.Next(0, full + 1);
            var ideas = random.Next(0, 8);
            var youth = random.Next(0, 10);
            var found = random.Next(0, 6);
            var resolved = random.Next(0, found + 1);
            yield return new EnterpriseProfile
            {
                Id = new EnterpriseId("E" + i),
                FullMembers = full,
                TakesPartInDecisions = random.Next(2) == 0,
                BranchLedByManagement = management > 0 && random.Next(2) == 0,
                MembersInManagement = management,
                IdeasCollected = ideas,
                IdeasAdopted = random.Next(0, ideas + 1),
                MembersInKeyPosts = random.Next(0, full + 1),
                TechnicalAchievements = random.Next(0, 5),
                PioneerPosts = random.Next(0, 5),
                UnionEstablished = random.Next(2) == 0,
                LeagueEstablished = random.Next(2) == 0,
                ActivitiesHeld = random.Next(0, 13),
                LeagueMembersAndYoungWorkers = youth,
                MembershipApplicants = random.Next(0, youth + 1),
                ComplianceChecks = (ComplianceArea)random.Next(0, 32),
                ViolationsFound = found,
                ViolationsReported = random.Next(0, found + 1),
                ViolationsResolved = resolved,
                SeriousViolationsUnresolved = random.Next(4) == 0 ? random.Next(0, found - resolved + 1) : 0,
            };
        }
    }
}
