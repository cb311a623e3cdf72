namespace PartyBuilding.Core.Organizations;

/// <summary>A party organization (党组织): a committee, general branch or branch.</summary>
/// <param name="Id">The organization's id.</param>
/// <param name="Name">Its name, for people; not empty.</param>
/// <param name="Level">Committee, general branch or branch.</param>
/// <param name="Kind">The kind of unit or place it serves.</param>
/// <param name="AreaCode">The area (village, community, settlement) it serves, compared ordinally; null when it serves no single area.</param>
/// <param name="ParentId">The organization it reports to; null for the top of the registry.</param>
/// <remarks>
/// An organization serves one area by default. A migrant branch set up for a large settlement spread over
/// several area codes names the others in <see cref="ServedAreaCodes"/>; every area it serves counts as
/// its own (<see cref="OrganizationRegistry"/> indexes each). The registry checks the areas where it
/// accepts the organization, so a <c>with</c> cannot slip a bad list past it.
/// </remarks>
public sealed record PartyOrganization(
    OrganizationId Id,
    string Name,
    OrganizationLevel Level,
    OrganizationKind Kind,
    string? AreaCode = null,
    OrganizationId? ParentId = null)
{
    /// <summary>
    /// The further areas a <see cref="OrganizationKind.Migrant"/> branch serves besides <see cref="AreaCode"/>,
    /// compared ordinally; empty by default. A read-only copy (null stays null, for the validator to name).
    /// </summary>
    public IReadOnlyList<string> ServedAreaCodes { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Of();

    /// <summary>Every area the organization serves: <see cref="AreaCode"/> first, then <see cref="ServedAreaCodes"/>; empty when it serves none.</summary>
    public IEnumerable<string> Areas
    {
        get
        {
            if (AreaCode is not null)
            {
                yield return AreaCode;
            }

            foreach (var area in ServedAreaCodes ?? [])
            {
                yield return area;
            }
        }
    }

    /// <summary>Whether the organization serves <paramref name="areaCode"/> (as its area or one of its served areas; ordinal).</summary>
    public bool Serves(string? areaCode) => areaCode is not null && Areas.Contains(areaCode, StringComparer.Ordinal);
}
