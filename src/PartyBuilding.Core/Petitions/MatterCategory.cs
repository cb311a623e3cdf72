namespace PartyBuilding.Core.Petitions;

/// <summary>The kind of matter a petition raises; the routing table of <see cref="PetitionPolicy"/> maps each to a tier or another procedure.</summary>
public enum MatterCategory
{
    /// <summary>A dispute between neighbours or within a family (邻里、家庭纠纷).</summary>
    NeighbourDispute,

    /// <summary>Village affairs and village finances, their disclosure (村务、财务公开).</summary>
    VillageAffairs,

    /// <summary>Land, homesteads and contracted land (土地、宅基地、承包地).</summary>
    LandAndHomestead,

    /// <summary>Subsistence allowance, relief and social assistance (低保、救助).</summary>
    SocialAssistance,

    /// <summary>Roads, water works and other public works (道路、水利等基础设施).</summary>
    Infrastructure,

    /// <summary>Pollution and the environment (环境污染).</summary>
    Environment,

    /// <summary>The conduct and work style of cadres (干部作风).</summary>
    CadreConduct,

    /// <summary>A labour dispute between a worker and an employer (劳动争议): arbitration by default.</summary>
    LabourDispute,

    /// <summary>A matter before, or decided by, a court (涉诉): litigation by default.</summary>
    CourtMatter,

    /// <summary>A party member's appeal against a party decision (党员申诉): the party appeal procedure by default.</summary>
    PartyDisciplineAppeal,

    /// <summary>Objection to an administrative decision (行政决定): administrative reconsideration by default.</summary>
    AdministrativeDecision,

    /// <summary>Anything else.</summary>
    Other,
}
