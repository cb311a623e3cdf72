namespace PartyBuilding.Core.Education;

/// <summary>A study or organizational-life activity a party organization holds on a schedule (三会一课 and the rest).</summary>
public enum ActivityKind
{
    /// <summary>The township committee's central group study (中心组学习).</summary>
    CentralGroupStudy,

    /// <summary>The branch members' meeting (支部党员大会).</summary>
    MembersMeeting,

    /// <summary>The branch committee meeting (支部委员会会议).</summary>
    BranchCommitteeMeeting,

    /// <summary>The party group meeting (党小组会).</summary>
    PartyGroupMeeting,

    /// <summary>The party lecture (党课).</summary>
    PartyLecture,

    /// <summary>The themed party day (主题党日).</summary>
    ThemedPartyDay,

    /// <summary>The organizational life meeting (组织生活会).</summary>
    OrganizationalLifeMeeting,

    /// <summary>The democratic appraisal of members (民主评议党员).</summary>
    MemberAppraisal,

    /// <summary>The leadership's democratic life meeting (民主生活会).</summary>
    DemocraticLifeMeeting,

    /// <summary>The migrant branch's study and exchange day (流动党员学习交流日).</summary>
    MigrantStudyDay,
}
