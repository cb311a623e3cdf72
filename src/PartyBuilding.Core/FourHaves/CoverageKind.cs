namespace PartyBuilding.Core.FourHaves;

/// <summary>How the party covers one enterprise (两个覆盖).</summary>
public enum CoverageKind
{
    /// <summary>Enough full members for a party organization of its own (organization coverage).</summary>
    OwnOrganization,

    /// <summary>Some full members, too few for an organization of its own: covered by a joint branch (organization coverage).</summary>
    JointBranch,

    /// <summary>No full members, a party-building instructor assigned (work coverage only).</summary>
    Instructor,

    /// <summary>No full members and no instructor: not covered.</summary>
    None,
}
