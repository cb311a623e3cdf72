using NodaTime;

namespace PartyBuilding.Core.Governance;

/// <summary>What is overdue on a date.</summary>
/// <param name="AsOf">The date asked about.</param>
/// <param name="PolicyLabel">The label of the policy version in force on <paramref name="AsOf"/>.</param>
/// <param name="Findings">Every overdue item, in the specification's order.</param>
public sealed record ScheduleReport(LocalDate AsOf, string PolicyLabel, IReadOnlyList<ScheduleFinding> Findings)
{
    /// <summary>Every overdue item: a read-only copy of the list given.</summary>
    public IReadOnlyList<ScheduleFinding> Findings { get; init => field = ValueList<ScheduleFinding>.Copy(value, nameof(Findings)); } = ValueList<ScheduleFinding>.Copy(Findings, nameof(Findings));
}
