namespace PartyBuilding.Core.Accountability;

/// <summary>The sanction ladder for a party organization (党组织问责方式), ascending (问责条例 (2019) Art. 8).</summary>
public enum OrganizationSanctionLevel
{
    /// <summary>检查: the organization is ordered to make a written inspection (责令作出书面检查).</summary>
    Inspection,

    /// <summary>通报: circulated criticism.</summary>
    CirculatedCriticism,

    /// <summary>改组: reorganization of the organization.</summary>
    Reorganization,
}
