namespace PartyBuilding.Core.Education;

/// <summary>The calendar period within which a required activity must be held once.</summary>
public enum SchedulePeriod
{
    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter (January–March, April–June, July–September, October–December).</summary>
    Quarter,

    /// <summary>A calendar year.</summary>
    Year,
}
