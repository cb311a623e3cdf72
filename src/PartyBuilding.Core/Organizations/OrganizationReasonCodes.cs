namespace PartyBuilding.Core.Organizations;

/// <summary>Stable codes of the reasons behind structure advice (listed in <c>docs/reasons.md</c>).</summary>
public static class OrganizationReasonCodes
{
    /// <summary>No party members: assign a party-building instructor.</summary>
    public const string NoMembers = "ORG.NO_MEMBERS";

    /// <summary>Fewer full members than an organization needs: join a joint branch.</summary>
    public const string TooFewFullMembers = "ORG.TOO_FEW_FULL_MEMBERS";

    /// <summary>Enough full members to form an organization of the unit's own.</summary>
    public const string OwnOrganization = "ORG.OWN_ORGANIZATION";

    /// <summary>Too few full members for a branch committee: a secretary (and deputy) only.</summary>
    public const string SecretaryOnly = "ORG.SECRETARY_ONLY";

    /// <summary>Enough full members for a branch committee.</summary>
    public const string BranchCommittee = "ORG.BRANCH_COMMITTEE";

    /// <summary>Few enough members in all for one branch.</summary>
    public const string BranchSize = "ORG.BRANCH_SIZE";

    /// <summary>More members than a branch holds: a general branch.</summary>
    public const string GeneralBranchSize = "ORG.GENERAL_BRANCH_SIZE";

    /// <summary>More members than a general branch holds: a primary committee.</summary>
    public const string PrimaryCommitteeSize = "ORG.PRIMARY_COMMITTEE_SIZE";

    /// <summary>The term of office of the advised form.</summary>
    public const string Term = "ORG.TERM";
}
