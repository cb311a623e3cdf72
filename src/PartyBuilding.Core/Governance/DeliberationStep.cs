namespace PartyBuilding.Core.Governance;

/// <summary>The six steps of a village's major matter, 四议两公开, in the order they must be taken.</summary>
public enum DeliberationStep
{
    /// <summary>The village party branch committee proposes (党组织提议).</summary>
    BranchProposal,

    /// <summary>The two village committees consult in a joint meeting (两委会商议).</summary>
    JointConsultation,

    /// <summary>The party members' meeting reviews (党员大会审议).</summary>
    MembersReview,

    /// <summary>The villagers' meeting or the villagers' representatives' meeting resolves (村民会议或村民代表会议决议).</summary>
    VillagersResolution,

    /// <summary>The resolution is disclosed (决议公开).</summary>
    ResolutionDisclosure,

    /// <summary>The result of carrying it out is disclosed (实施结果公开).</summary>
    ResultDisclosure,
}
