using PartyBuilding.Core;
using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>Mazhu Town's non-public enterprises, from model enterprises to ones without any party presence.</summary>
internal static partial class MazhuTown
{
    private static List<EnterpriseProfile> Enterprises(Random random)
    {
        string[] names = ["Hengli Hardware", "Jiahe Electronics", "Mazhu Ceramics", "Xinda Textiles", "Fuyuan Foods", "Longxing Plastics", "Huamei Garments", "Dongfang Packaging", "Ruitai Machinery", "Jinshan Furniture", "Yongsheng Logistics", "Baixin Printing", "Tianyi Chemicals", "Hongfa Building Materials", "Lianfa Shoes", "Kaida Auto Parts", "Shunfeng Paper", "Minghua Lighting", "Zhongtai Steel", "Xiangyun Tea", "Guanghe Electric", "Sanhe Toys", "Haitian Bags", "Yida Glass", "Changfeng Cables", "Hexin Pharmacy", "Wanli Tiles", "Qiaoxing Mould", "Shengda Leather", "Fengyuan Feed", "Jiali Cosmetics", "Dali Woodwork", "Xinyu Batteries", "Huaxing Pumps", "Meida Ceramics", "Rongfa Locks"];
        var enterprises = new List<EnterpriseProfile>(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            // Tiers: model (strong on all four), solid, weak, and enterprises with no party members yet.
            var tier = i < 4 ? 0 : i < 14 ? 1 : i < 26 ? 2 : 3;
            var full = tier switch { 0 => random.Next(8, 30), 1 => random.Next(3, 12), 2 => random.Next(1, 3), _ => 0 };
            var strong = tier switch { 0 => 1.0, 1 => 0.7, 2 => 0.35, _ => 0.1 };
            bool Chance(double p) => random.NextDouble() < p * strong + (tier == 0 ? 0 : 0.05);
            int Upto(int max) => (int)Math.Round(random.Next(0, max + 1) * strong);
            var young = random.Next(10, 80);
            var found = tier >= 2 ? random.Next(0, 4) : random.Next(0, 2);
            var resolved = found == 0 ? 0 : random.Next(0, found + 1);
            var areas = ComplianceArea.None;
            foreach (var area in (ComplianceArea[])[ComplianceArea.Tax, ComplianceArea.Employment, ComplianceArea.SocialSecurity, ComplianceArea.EnvironmentalProtection, ComplianceArea.ProductQuality])
            {
                if (Chance(0.9))
                {
                    areas |= area;
                }
            }

            var ideas = Upto(20);
            var inManagement = Math.Min(full, Upto(6));
            enterprises.Add(new EnterpriseProfile
            {
                Id = new EnterpriseId($"ENT{i + 1:000}"),
                // Small enterprises cluster in the industrial park (V10) and along the river road (V03).
                AreaCode = tier == 2 ? (i % 2 == 0 ? "V10" : "V03") : $"V{(i % 12) + 1:00}",
                Operating = i != 30,
                FullMembers = full,
                ProbationaryMembers = tier == 3 && i % 3 == 0 ? 1 : random.Next(0, 2),
                InstructorAssigned = tier == 3 && i % 2 == 0,
                TakesPartInDecisions = full > 0 && Chance(0.9),
                BranchLedByManagement = inManagement > 0 && Chance(0.8),
                MembersInManagement = inManagement,
                IdeasCollected = ideas,
                IdeasAdopted = Math.Min(ideas, Upto(8)),
                MembersInKeyPosts = Math.Min(full, Upto(10)),
                TechnicalAchievements = Upto(5),
                PioneerPosts = full > 0 ? Upto(4) : 0,
                UnionEstablished = Chance(0.95),
                LeagueEstablished = Chance(0.8),
                ActivitiesHeld = Upto(12),
                LeagueMembersAndYoungWorkers = young,
                MembershipApplicants = Math.Min(young, Upto(8)),
                ComplianceChecks = areas,
                ViolationsFound = found,
                ViolationsReported = found == 0 ? 0 : random.Next(0, found + 1),
                ViolationsResolved = resolved,
                SeriousViolationsUnresolved = i is 20 or 27 && found > resolved ? 1 : 0,
                ExtraFacts = StarTableFacts(i, tier, strong),
            });
        }

        return enterprises;
    }

    /// <summary>
    /// The facts the shipped star-rated table names itself (docs/four-haves.md), which the default table does not read.
    /// Drawn from a generator of their own, so the township's other figures stay what they were.
    /// </summary>
    private static Dictionary<string, int> StarTableFacts(int index, int tier, double strong)
    {
        var random = new Random(7000 + index);
        int Upto(int max) => (int)Math.Round(random.Next(0, max + 1) * strong);
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["ManagementMeetingsAttended"] = Upto(8),
            ["VolunteerServiceEvents"] = Upto(8),
            ["BranchMeetingsHeld"] = Upto(12),
            ["ActivityRoomEstablished"] = random.NextDouble() < strong ? 1 : 0,
            ["CollectiveLabourDisputes"] = tier >= 2 ? random.Next(0, 3) : 0,
            ["MajorSafetyAccidents"] = index == 27 ? 1 : 0,
        };
    }
}
