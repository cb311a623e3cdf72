using NodaTime;

namespace PartyBuilding.Core.Education;

/// <summary>
/// What a host stores about one required activity in one complete period of one organization, so that the education
/// specifications can query it in memory or through an ORM. Plain properties only; build one with <see cref="Of"/>.
/// </summary>
/// <remarks>A row is identified by its organization, kind and period start (a host keys its table by them).</remarks>
public sealed record ActivityPeriodSummary
{
    /// <summary>The organization.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>The activity.</summary>
    public required ActivityKind Kind { get; init; }

    /// <summary>The kind of period.</summary>
    public required SchedulePeriod Period { get; init; }

    /// <summary>The first day of the period.</summary>
    public required LocalDate Start { get; init; }

    /// <summary>The last day of the period.</summary>
    public required LocalDate End { get; init; }

    /// <summary>Whether the activity was held in the period.</summary>
    public required bool Held { get; init; }

    /// <summary>The summary of one judged period of <paramref name="compliance"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ActivityPeriodSummary Of(ScheduleCompliance compliance, PeriodCompliance period)
    {
        ArgumentNullException.ThrowIfNull(compliance);
        ArgumentNullException.ThrowIfNull(period);
        return new ActivityPeriodSummary
        {
            Organization = compliance.Organization,
            Kind = period.Kind,
            Period = period.Period,
            Start = period.Start,
            End = period.End,
            Held = period.Held,
        };
    }
}
