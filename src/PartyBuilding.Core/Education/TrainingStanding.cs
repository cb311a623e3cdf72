namespace PartyBuilding.Core.Education;

/// <summary>A member's class hours for one calendar year against the hours the member's role requires.</summary>
/// <remarks>Only an <see cref="ITrainingHoursAssessor"/> makes one. Two are equal when every property is, reasons item by item.</remarks>
public sealed record TrainingStanding
{
    internal TrainingStanding(MemberId member, int year, TrainingRole role, long hours, int required, string policyLabel, List<Reason> reasons)
    {
        Member = member;
        Year = year;
        Role = role;
        Hours = hours;
        Required = required;
        PolicyLabel = policyLabel;
        Reasons = ValueList<Reason>.Of([.. reasons]);
    }

    /// <summary>The member.</summary>
    public MemberId Member { get; }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The role whose requirement applies.</summary>
    public TrainingRole Role { get; }

    /// <summary>The class hours taken in the year (days and half-days converted by policy).</summary>
    public long Hours { get; }

    /// <summary>The class hours the role requires.</summary>
    public int Required { get; }

    /// <summary>Whether the hours reach the requirement.</summary>
    public bool Met => Hours >= Required;

    /// <summary>The hours still missing (zero when met).</summary>
    public long Shortfall => Met ? 0 : Required - Hours;

    /// <summary>The label of the policy version used (the one in force on the year's last day).</summary>
    public string PolicyLabel { get; }

    /// <summary>The reasons: met or short, with the figures (read-only).</summary>
    public IReadOnlyList<Reason> Reasons { get; }
}
