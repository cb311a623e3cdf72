using NodaTime;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>
/// The embedded sample township, modelled on the seed's Mazhu Town: 10,605 migrants at the end of
/// March, villages and communities, a migrant ("Waikou") settlement with its branch, non-public
/// enterprises of varied size and party presence. Generated from a fixed seed, so every run is the same.
/// </summary>
internal static partial class MazhuTown
{
    public const int Seed = 20260331;

    public static readonly LocalDate AsOf = new(2026, 11, 27);

    public static TownshipData Create()
    {
        var random = new Random(Seed);
        var organizations = new List<OrganizationRecord>();
        var memberships = new List<MembershipRecord>();

        void Add(string id, string name, string nameZh, OrganizationLevel level, OrganizationKind kind, string? area, int full, int probationary, bool committee, LocalDate termStart, bool registerMembers = false)
        {
            organizations.Add(new OrganizationRecord
            {
                Id = id,
                Name = name,
                NameZh = nameZh,
                Level = level,
                Kind = kind,
                AreaCode = area,
                ParentId = id == "T" ? null : "T",
                FullMembers = full,
                ProbationaryMembers = probationary,
                HasBranchCommittee = committee,
                TermStartedOn = termStart,
            });
            if (registerMembers)
            {
                for (var i = 1; i <= full + probationary; i++)
                {
                    memberships.Add(new MembershipRecord { MemberId = $"{id}-M{i:000}", OrganizationId = id });
                }
            }
        }

        Add("T", "Mazhu Town Party Committee", "马珠镇党委", OrganizationLevel.Committee, OrganizationKind.Township, null, 0, 0, false, new LocalDate(2021, 9, 18));
        string[] villages = ["Dongshan", "Xishan", "Nanpo", "Beitang", "Shangwei", "Xiawei", "Hexi", "Hedong", "Longtan", "Fengshu", "Shiban", "Qiaotou"];
        string[] villagesZh = ["东山", "西山", "南坡", "北塘", "上围", "下围", "河西", "河东", "龙潭", "枫树", "石板", "桥头"];
        var areas = new List<AreaRecord>();
        for (var v = 0; v < villages.Length; v++)
        {
            var full = random.Next(12, 66);
            var probationary = random.Next(0, 5);
            var total = full + probationary;
            var level = total > 50 ? OrganizationLevel.GeneralBranch : OrganizationLevel.Branch;
            var termStart = new LocalDate(2024 - (v % 4 == 0 ? 1 : 0), 1 + (v % 12), 1 + (v % 27));
            areas.Add(new AreaRecord { Code = $"V{v + 1:00}", Name = $"{villages[v]} Village", NameZh = $"{villagesZh[v]}村" });
            Add($"V{v + 1:00}", $"{villages[v]} Village Branch", $"{villagesZh[v]}村{(level == OrganizationLevel.GeneralBranch ? "党总支" : "党支部")}", level, OrganizationKind.Village, $"V{v + 1:00}", full, probationary, full >= 7 && v != 4, termStart, registerMembers: true);
        }

        string[] communities = ["Xinxing", "Jinhu", "Binjiang"];
        string[] communitiesZh = ["新兴", "金湖", "滨江"];
        for (var c = 0; c < communities.Length; c++)
        {
            areas.Add(new AreaRecord { Code = $"C{c + 1:00}", Name = $"{communities[c]} Community", NameZh = $"{communitiesZh[c]}社区" });
            Add($"C{c + 1:00}", $"{communities[c]} Community Branch", $"{communitiesZh[c]}社区党支部", OrganizationLevel.Branch, OrganizationKind.Community, $"C{c + 1:00}", random.Next(8, 30), random.Next(0, 3), true, new LocalDate(2024, 3, 1 + c), registerMembers: true);
        }

        // The Waikou migrant branch: its secretary is chosen from among the migrant members (外事外管).
        Add("W01", "Waikou Migrant Branch", "外口流动党员党支部", OrganizationLevel.Branch, OrganizationKind.Migrant, "WK1", 11, 1, true, new LocalDate(2024, 4, 1), registerMembers: true);
        Add("A01", "Town Government Agency Branch", "镇政府机关党支部", OrganizationLevel.Branch, OrganizationKind.Agency, null, 38, 1, true, new LocalDate(2022, 6, 15), registerMembers: true);
        Add("E01", "Hengli Hardware Co. Branch", "恒力五金有限公司党支部", OrganizationLevel.Branch, OrganizationKind.Enterprise, "V03", 9, 2, true, new LocalDate(2023, 5, 20), registerMembers: true);
        Add("E02", "Jiahe Electronics Branch", "嘉禾电子党支部", OrganizationLevel.Branch, OrganizationKind.Enterprise, "V05", 5, 1, false, new LocalDate(2023, 11, 2), registerMembers: true);
        Add("E03", "Mazhu Ceramics Branch", "马珠陶瓷党支部", OrganizationLevel.Branch, OrganizationKind.Enterprise, "V08", 2, 1, false, new LocalDate(2022, 10, 10), registerMembers: true);
        Add("J01", "Industrial Park Joint Branch", "工业园区联合党支部", OrganizationLevel.Branch, OrganizationKind.Joint, "V10", 7, 0, false, new LocalDate(2024, 7, 1), registerMembers: true);

        // The migrant settlements: Waikou has its branch (W01); the newer Xinkou settlement has none yet.
        areas.Add(new AreaRecord { Code = "WK1", Name = "Waikou settlement", NameZh = "外口安置点" });
        areas.Add(new AreaRecord { Code = "WK2", Name = "Xinkou settlement", NameZh = "新口安置点" });
        var mobileMembers = MobileMembers(random, villages.Length);

        // The township committee leads every organization of the town: its size is theirs together.
        var town = organizations[0];
        organizations[0] = town with
        {
            FullMembers = organizations.Skip(1).Sum(o => o.FullMembers),
            ProbationaryMembers = organizations.Skip(1).Sum(o => o.ProbationaryMembers),
        };

        return new TownshipData
        {
            Name = "Mazhu Town",
            NameZh = "马珠镇",
            AsOf = AsOf,
            Areas = areas,
            MigrantPopulation = 10_605,
            Organizations = organizations,
            Memberships = memberships,
            MobileMembers = mobileMembers,
            Contacts = Contacts(random, mobileMembers),
            Cases = Cases(),
            Petitions = Petitions(),
            Enterprises = Enterprises(random),
            Evaluation = Evaluation(random),
            Households = Households(),
            Education = Education(organizations),
            Teams = Teams(),
            Dues = Dues(memberships),
        };
    }
}
