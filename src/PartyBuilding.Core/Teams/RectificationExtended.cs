using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>The rectification deadline was extended, once, with a stated reason.</summary>
/// <param name="On">The day the extension was granted; on or before the deadline.</param>
/// <param name="Months">The months added; 1 to the policy's maximum.</param>
/// <param name="Reason">Why; not empty.</param>
public sealed record RectificationExtended(LocalDate On, int Months, string Reason) : RectificationEvent(On);
