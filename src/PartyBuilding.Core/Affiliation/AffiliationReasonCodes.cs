namespace PartyBuilding.Core.Affiliation;

/// <summary>Stable codes of the reasons behind affiliation decisions, establishment advice and contact standing (listed in <c>docs/reasons.md</c>).</summary>
public static class AffiliationReasonCodes
{
    /// <summary>A migrant branch serves the member's residence area: centralized management by it.</summary>
    public const string CentralizedByMigrantBranch = "AFF.CENTRALIZED_BY_MIGRANT_BRANCH";

    /// <summary>Fixed residence with no migrant branch serving it: attributed to the village or community branch of the area.</summary>
    public const string AttributedByResidence = "AFF.ATTRIBUTED_BY_RESIDENCE";

    /// <summary>No migrant, village or community organization serves the residence area (the text names the area).</summary>
    public const string NoBranchForArea = "AFF.NO_BRANCH_FOR_AREA";

    /// <summary>No fixed residence: attributed to the migrant branch of the member who introduced them.</summary>
    public const string AttributedByIntroducer = "AFF.ATTRIBUTED_BY_INTRODUCER";

    /// <summary>No fixed residence and the township has no migrant branch at all.</summary>
    public const string NoMigrantBranchInTownship = "AFF.NO_MIGRANT_BRANCH_IN_TOWNSHIP";

    /// <summary>No fixed residence and nobody introduced the member.</summary>
    public const string NoIntroducer = "AFF.NO_INTRODUCER";

    /// <summary>No fixed residence and the introducer is not a member of any organization in the registry.</summary>
    public const string IntroducerUnknown = "AFF.INTRODUCER_UNKNOWN";

    /// <summary>No fixed residence and the introducer belongs to an organization that is not a migrant branch.</summary>
    public const string IntroducerNotInMigrantBranch = "AFF.INTRODUCER_NOT_IN_MIGRANT_BRANCH";

    /// <summary>Enough full mobile members live in an area no migrant branch serves: set one up.</summary>
    public const string EstablishMigrantBranch = "AFF.ESTABLISH_MIGRANT_BRANCH";

    /// <summary>The secretary is to be chosen from among the area's full mobile members ("foreigners supervising external affairs").</summary>
    public const string SecretaryFromMigrants = "AFF.SECRETARY_FROM_MIGRANTS";

    /// <summary>The township committee is to name a liaison officer for the new branch.</summary>
    public const string LiaisonOfficer = "AFF.LIAISON_OFFICER";

    /// <summary>Reports, contact and the life of the party are all within their intervals.</summary>
    public const string ContactCurrent = "AFF.CONTACT_CURRENT";

    /// <summary>No report within the reporting interval.</summary>
    public const string ReportOverdue = "AFF.REPORT_OVERDUE";

    /// <summary>No contact of any kind within the lost-contact interval: the branch is to review (suspension of membership is the branch's decision).</summary>
    public const string LostContact = "AFF.LOST_CONTACT";

    /// <summary>No organizational life within the withdrawal-review interval (党章 Art. 9).</summary>
    public const string NoOrganizationalLife = "AFF.NO_ORGANIZATIONAL_LIFE";

    /// <summary>No dues paid within the withdrawal-review interval (党章 Art. 9).</summary>
    public const string NoDuesPaid = "AFF.NO_DUES_PAID";

    /// <summary>No assigned work done within the withdrawal-review interval (党章 Art. 9).</summary>
    public const string NoAssignedWork = "AFF.NO_ASSIGNED_WORK";
}
