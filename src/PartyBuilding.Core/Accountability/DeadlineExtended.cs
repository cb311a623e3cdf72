using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>The conclusion deadline was extended, once, with a stated reason.</summary>
/// <param name="On">The day the extension was granted.</param>
/// <param name="Days">The days added; 1 to the policy's maximum.</param>
/// <param name="Reason">Why; not empty.</param>
public sealed record DeadlineExtended(LocalDate On, int Days, string Reason) : CaseEvent(On);
