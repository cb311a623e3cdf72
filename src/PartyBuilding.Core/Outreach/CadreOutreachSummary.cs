namespace PartyBuilding.Core.Outreach;

/// <summary>What a host stores about one cadre in the activity: how many households they are paired with now.</summary>
public sealed record CadreOutreachSummary
{
    /// <summary>The cadre's id.</summary>
    public required CadreId Id { get; init; }

    /// <summary>The organization the cadre works in; null when the host does not say.</summary>
    public OrganizationId? Organization { get; init; }

    /// <summary>Households the cadre is responsible for today (current pairings).</summary>
    public required int Households { get; init; }
}
