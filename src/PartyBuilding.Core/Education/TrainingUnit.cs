namespace PartyBuilding.Core.Education;

/// <summary>The unit a training record is counted in; a day and a half-day convert to class hours by policy.</summary>
public enum TrainingUnit
{
    /// <summary>A class hour (学时).</summary>
    ClassHour,

    /// <summary>Half a day of training.</summary>
    HalfDay,

    /// <summary>A day of training.</summary>
    Day,
}
