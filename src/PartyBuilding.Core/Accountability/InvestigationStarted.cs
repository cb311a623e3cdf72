using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>The complaint was registered, routed and accepted for investigation (受理); the conclusion deadline runs from here.</summary>
/// <param name="On">The day of acceptance.</param>
public sealed record InvestigationStarted(LocalDate On) : CaseEvent(On);
