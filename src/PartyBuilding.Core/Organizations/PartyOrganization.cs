namespace PartyBuilding.Core.Organizations;

/// <summary>A party organization (党组织): a committee, general branch or branch.</summary>
/// <param name="Id">The organization's id.</param>
/// <param name="Name">Its name, for people; not empty.</param>
/// <param name="Level">Committee, general branch or branch.</param>
/// <param name="Kind">The kind of unit or place it serves.</param>
/// <param name="AreaCode">The area (village, community, settlement) it serves, compared ordinally; null when it serves no single area.</param>
/// <param name="ParentId">The organization it reports to; null for the top of the registry.</param>
public sealed record PartyOrganization(
    OrganizationId Id,
    string Name,
    OrganizationLevel Level,
    OrganizationKind Kind,
    string? AreaCode = null,
    OrganizationId? ParentId = null);
