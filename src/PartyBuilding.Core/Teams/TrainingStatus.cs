namespace PartyBuilding.Core.Teams;

/// <summary>Where one training obligation of a cadre stands on a date.</summary>
public enum TrainingStatus
{
    /// <summary>The obligation does not apply (not a new cadre; no full year in office yet).</summary>
    NotRequired,

    /// <summary>Not yet met, and its deadline has not passed.</summary>
    Pending,

    /// <summary>Met.</summary>
    Done,

    /// <summary>Not met by its deadline.</summary>
    Overdue,
}
