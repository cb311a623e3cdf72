namespace PartyBuilding.Core.Affiliation;

/// <summary>How an assigned mobile member is managed.</summary>
public enum ManagementMode
{
    /// <summary>Centralized management (集中管理) by the migrant branch serving the member's residence area.</summary>
    Centralized,

    /// <summary>Attribution management (属地管理): by residence to a village or community branch, or by introduction to a migrant branch.</summary>
    Attribution,
}
