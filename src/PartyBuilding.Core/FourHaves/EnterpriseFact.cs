namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// A fact of an <see cref="EnterpriseProfile"/> that a scorecard indicator or a veto item reads.
/// Booleans read as 0 or 1.
/// </summary>
public enum EnterpriseFact
{
    /// <summary><see cref="EnterpriseProfile.FullMembers"/>.</summary>
    FullMembers,

    /// <summary><see cref="EnterpriseProfile.ProbationaryMembers"/>.</summary>
    ProbationaryMembers,

    /// <summary><see cref="EnterpriseProfile.TakesPartInDecisions"/> (0 or 1).</summary>
    TakesPartInDecisions,

    /// <summary><see cref="EnterpriseProfile.BranchLedByManagement"/> (0 or 1).</summary>
    BranchLedByManagement,

    /// <summary><see cref="EnterpriseProfile.MembersInManagement"/>.</summary>
    MembersInManagement,

    /// <summary><see cref="EnterpriseProfile.IdeasCollected"/>.</summary>
    IdeasCollected,

    /// <summary><see cref="EnterpriseProfile.IdeasAdopted"/>.</summary>
    IdeasAdopted,

    /// <summary><see cref="EnterpriseProfile.MembersInKeyPosts"/>.</summary>
    MembersInKeyPosts,

    /// <summary><see cref="EnterpriseProfile.TechnicalAchievements"/>.</summary>
    TechnicalAchievements,

    /// <summary><see cref="EnterpriseProfile.PioneerPosts"/>.</summary>
    PioneerPosts,

    /// <summary><see cref="EnterpriseProfile.UnionEstablished"/> (0 or 1).</summary>
    UnionEstablished,

    /// <summary><see cref="EnterpriseProfile.LeagueEstablished"/> (0 or 1).</summary>
    LeagueEstablished,

    /// <summary><see cref="EnterpriseProfile.ActivitiesHeld"/>.</summary>
    ActivitiesHeld,

    /// <summary><see cref="EnterpriseProfile.LeagueMembersAndYoungWorkers"/>.</summary>
    LeagueMembersAndYoungWorkers,

    /// <summary><see cref="EnterpriseProfile.MembershipApplicants"/>.</summary>
    MembershipApplicants,

    /// <summary>The number of areas in <see cref="EnterpriseProfile.ComplianceChecks"/> (0–5).</summary>
    ComplianceAreasChecked,

    /// <summary><see cref="EnterpriseProfile.ViolationsFound"/>.</summary>
    ViolationsFound,

    /// <summary><see cref="EnterpriseProfile.ViolationsReported"/>.</summary>
    ViolationsReported,

    /// <summary><see cref="EnterpriseProfile.ViolationsResolved"/>.</summary>
    ViolationsResolved,

    /// <summary><see cref="EnterpriseProfile.SeriousViolationsUnresolved"/>.</summary>
    SeriousViolationsUnresolved,
}
