namespace PartyBuilding.Core.Outreach;

/// <summary>One village's households and the share of them complete.</summary>
/// <remarks>Made only by <see cref="OutreachAssessor"/>.</remarks>
public sealed record VillageOutreach
{
    internal VillageOutreach(OrganizationId village, OutreachShare share)
    {
        Village = village;
        Share = share;
    }

    /// <summary>The village.</summary>
    public OrganizationId Village { get; }

    /// <summary>The village's households assessed, and how many are complete.</summary>
    public OutreachShare Share { get; }
}
