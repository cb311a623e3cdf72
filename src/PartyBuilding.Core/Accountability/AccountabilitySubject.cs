namespace PartyBuilding.Core.Accountability;

/// <summary>Whom a case, an order or a sanction concerns: one cadre or one party organization.</summary>
/// <remarks>
/// Make one with <see cref="ForCadre"/> or <see cref="ForOrganization"/>. Two subjects are equal when
/// they name the same cadre or the same organization. <see cref="Key"/> is a plain string a host
/// stores so that specifications can compare subjects in SQL.
/// </remarks>
public sealed record AccountabilitySubject
{
    private AccountabilitySubject(SubjectKind kind, CadreId? cadre, OrganizationId? organization, string key)
    {
        Kind = kind;
        Cadre = cadre;
        Organization = organization;
        Key = key;
    }

    /// <summary>Whether the subject is a cadre or an organization.</summary>
    public SubjectKind Kind { get; }

    /// <summary>The cadre, when <see cref="Kind"/> is <see cref="SubjectKind.Cadre"/>; otherwise null.</summary>
    public CadreId? Cadre { get; }

    /// <summary>The organization, when <see cref="Kind"/> is <see cref="SubjectKind.Organization"/>; otherwise null.</summary>
    public OrganizationId? Organization { get; }

    /// <summary>A stable key: <c>cadre:</c> or <c>organization:</c> followed by the id.</summary>
    public string Key { get; }

    /// <summary>The subject for <paramref name="cadre"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="cadre"/> is the default id (code <c>ACC.SUBJECT_MISSING</c>).</exception>
    public static AccountabilitySubject ForCadre(CadreId cadre)
    {
        if (cadre.IsDefault)
        {
            throw new InvalidInputException([Failures.Of(nameof(cadre), AccountabilityErrorCodes.SubjectMissing, null)]);
        }

        return new AccountabilitySubject(SubjectKind.Cadre, cadre, null, "cadre:" + cadre.Value);
    }

    /// <summary>The subject for <paramref name="organization"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="organization"/> is the default id (code <c>ACC.SUBJECT_MISSING</c>).</exception>
    public static AccountabilitySubject ForOrganization(OrganizationId organization)
    {
        if (organization.IsDefault)
        {
            throw new InvalidInputException([Failures.Of(nameof(organization), AccountabilityErrorCodes.SubjectMissing, null)]);
        }

        return new AccountabilitySubject(SubjectKind.Organization, null, organization, "organization:" + organization.Value);
    }

    /// <summary>Returns <see cref="Key"/>.</summary>
    public override string ToString() => Key;
}
