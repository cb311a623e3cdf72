namespace PartyBuilding.Core.Governance;

/// <summary>What one record of a procedure is: a meeting, the prior notice to party members, or a disclosure.</summary>
public enum ProcedureRecordKind
{
    /// <summary>Township: the secretary's office meeting (书记办公会), which prepares a major matter.</summary>
    OfficeMeeting,

    /// <summary>Township: the party committee meeting (党委会), which decides it.</summary>
    CommitteeMeeting,

    /// <summary>Village: the branch committee meeting that proposes (<see cref="DeliberationStep.BranchProposal"/>).</summary>
    BranchCommitteeMeeting,

    /// <summary>Village: the joint meeting of the two committees (<see cref="DeliberationStep.JointConsultation"/>).</summary>
    JointMeeting,

    /// <summary>Village: the prior notice of the matter to party members (党员事先告知).</summary>
    MembersNotice,

    /// <summary>Village: the party members' meeting (<see cref="DeliberationStep.MembersReview"/>).</summary>
    MembersMeeting,

    /// <summary>Village: the villagers' meeting (<see cref="DeliberationStep.VillagersResolution"/>); due and present count villagers aged 18 or over.</summary>
    VillagersMeeting,

    /// <summary>Village: the villagers' representatives' meeting (<see cref="DeliberationStep.VillagersResolution"/>).</summary>
    RepresentativesMeeting,

    /// <summary>Village: the resolution posted (<see cref="DeliberationStep.ResolutionDisclosure"/>).</summary>
    ResolutionDisclosure,

    /// <summary>Village: the result posted (<see cref="DeliberationStep.ResultDisclosure"/>).</summary>
    ResultDisclosure,
}
