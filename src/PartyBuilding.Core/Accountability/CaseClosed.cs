using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>The case was closed (办结).</summary>
/// <param name="On">The day of closing.</param>
public sealed record CaseClosed(LocalDate On) : CaseEvent(On);
