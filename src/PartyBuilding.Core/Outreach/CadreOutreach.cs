namespace PartyBuilding.Core.Outreach;

/// <summary>One cadre's households at the period's end and the share of them complete.</summary>
/// <remarks>Made only by <see cref="OutreachAssessor"/>.</remarks>
public sealed record CadreOutreach
{
    internal CadreOutreach(CadreId cadre, OutreachShare share, bool belowMinimum)
    {
        Cadre = cadre;
        Share = share;
        BelowMinimum = belowMinimum;
    }

    /// <summary>The cadre.</summary>
    public CadreId Cadre { get; }

    /// <summary>The households the cadre is responsible for at the period's end, and how many are complete.</summary>
    public OutreachShare Share { get; }

    /// <summary>Whether the cadre is paired with fewer households than <see cref="OutreachPolicy.MinimumHouseholdsPerCadre"/>.</summary>
    public bool BelowMinimum { get; }
}
