namespace PartyBuilding.Core.Accountability;

/// <summary>
/// The sanction ladder for a cadre (干部问责方式), ascending in the order of 问责条例 (2019) Art. 8.
/// </summary>
public enum SanctionLevel
{
    /// <summary>批评教育: criticism and education, local practice below the statutory forms.</summary>
    CriticismEducation,

    /// <summary>通报: circulated criticism.</summary>
    CirculatedCriticism,

    /// <summary>诫勉: a warning talk.</summary>
    WarningTalk,

    /// <summary>组织调整: suspension for inspection, change of post, ordered resignation, demotion or removal.</summary>
    OrganizationalAdjustment,

    /// <summary>纪律处分: a disciplinary sanction, passed to the discipline body (the library does not pick the sub-level).</summary>
    DisciplinarySanction,
}
