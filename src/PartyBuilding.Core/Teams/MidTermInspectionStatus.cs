namespace PartyBuilding.Core.Teams;

/// <summary>Where a village branch's mid-term inspection stands on a date.</summary>
public enum MidTermInspectionStatus
{
    /// <summary>Not inspected, and the inspection window has not opened.</summary>
    NotYetDue,

    /// <summary>Not inspected; the window is open and the due date has not passed.</summary>
    Due,

    /// <summary>Not inspected after the due date.</summary>
    Overdue,

    /// <summary>Inspected on or before the date.</summary>
    Done,
}
