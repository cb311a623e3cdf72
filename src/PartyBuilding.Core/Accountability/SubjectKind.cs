namespace PartyBuilding.Core.Accountability;

/// <summary>Whom a case holds accountable.</summary>
public enum SubjectKind
{
    /// <summary>A cadre (干部), sanctioned on the <see cref="SanctionLevel"/> ladder.</summary>
    Cadre,

    /// <summary>A party organization (党组织), sanctioned on the <see cref="OrganizationSanctionLevel"/> ladder.</summary>
    Organization,
}
