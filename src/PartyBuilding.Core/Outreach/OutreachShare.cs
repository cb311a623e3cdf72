namespace PartyBuilding.Core.Outreach;

/// <summary>Households complete of those counted for one cadre, one village or the whole township, as an exact ratio.</summary>
/// <remarks>Made only by <see cref="OutreachAssessor"/>, so the counts agree: 0 ≤ complete ≤ households.</remarks>
public sealed record OutreachShare
{
    internal OutreachShare(int households, int complete)
    {
        Households = households;
        Complete = complete;
    }

    /// <summary>Households counted (the denominator).</summary>
    public int Households { get; }

    /// <summary>Of those, households complete.</summary>
    public int Complete { get; }

    /// <summary>Complete ÷ households; 0/1 when no household is counted.</summary>
    public Ratio Rate => Households == 0 ? Ratio.Zero : Ratio.Of(Complete, Households);
}
