using NodaTime;

namespace PartyBuilding.Core.Education;

/// <summary>An organization's schedule compliance over a date interval, judged period by period.</summary>
/// <remarks>Only an <see cref="IScheduleComplianceAssessor"/> makes one. Two are equal when every property is, lists item by item.</remarks>
public sealed record ScheduleCompliance
{
    internal ScheduleCompliance(OrganizationId organization, DateInterval interval, string policyLabel, PeriodCompliance[] periods, int missed, List<Reason> reasons)
    {
        Organization = organization;
        From = interval.Start;
        To = interval.End;
        PolicyLabel = policyLabel;
        Periods = ValueList<PeriodCompliance>.Of(periods);
        Missed = missed;
        Reasons = ValueList<Reason>.Of([.. reasons]);
    }

    /// <summary>The organization.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The first day of the interval.</summary>
    public LocalDate From { get; }

    /// <summary>The last day of the interval.</summary>
    public LocalDate To { get; }

    /// <summary>The label of the policy version judged under (the one in force on <see cref="To"/>).</summary>
    public string PolicyLabel { get; }

    /// <summary>Every required activity in every complete period, in schedule order, then by period (read-only).</summary>
    public IReadOnlyList<PeriodCompliance> Periods { get; }

    /// <summary>How many of <see cref="Periods"/> are missed.</summary>
    public int Missed { get; }

    /// <summary>Whether no complete period is missed.</summary>
    public bool Compliant => Missed == 0;

    /// <summary>
    /// The reasons: the outcome first, then each period the interval cuts (not judged), then each missed period (read-only).
    /// </summary>
    public IReadOnlyList<Reason> Reasons { get; }
}
