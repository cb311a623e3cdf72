using NodaTime;

namespace PartyBuilding.Core.Education;

/// <summary>Whether one required activity was held in one complete period.</summary>
/// <remarks>Only an <see cref="IScheduleComplianceAssessor"/> makes one. Two are equal when every property is.</remarks>
public sealed record PeriodCompliance
{
    internal PeriodCompliance(ActivityKind kind, SchedulePeriod period, LocalDate start, LocalDate end, int qualifying, int shortOfAttendance, Reason reason)
    {
        Kind = kind;
        Period = period;
        Start = start;
        End = end;
        Qualifying = qualifying;
        ShortOfAttendance = shortOfAttendance;
        Reason = reason;
    }

    /// <summary>The activity.</summary>
    public ActivityKind Kind { get; }

    /// <summary>The kind of period.</summary>
    public SchedulePeriod Period { get; }

    /// <summary>The first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the period.</summary>
    public LocalDate End { get; }

    /// <summary>Whether the activity was held: at least one record in the period meets its attendance.</summary>
    public bool Held => Qualifying > 0;

    /// <summary>The records in the period that meet the attendance.</summary>
    public int Qualifying { get; }

    /// <summary>The records in the period that fall short of the attendance (they do not count).</summary>
    public int ShortOfAttendance { get; }

    /// <summary>Why the period is held or missed (<c>EDU.HELD</c>, <c>EDU.MISSED</c> or <c>EDU.MISSED_ATTENDANCE</c>).</summary>
    public Reason Reason { get; }
}
