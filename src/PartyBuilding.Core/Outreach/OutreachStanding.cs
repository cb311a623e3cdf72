namespace PartyBuilding.Core.Outreach;

/// <summary>Where a household stands in its year of outreach.</summary>
public enum OutreachStanding
{
    /// <summary>Every item and every required visit of the year is recorded.</summary>
    Complete,

    /// <summary>Something is still missing, but no half-year or year it was due in has ended.</summary>
    InProgress,

    /// <summary>A half-year or the year has ended with a required item or visit missing.</summary>
    Overdue,
}
