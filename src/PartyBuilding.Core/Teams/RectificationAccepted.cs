using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>The rectification was accepted (验收合格); the case ends.</summary>
/// <param name="On">The day of acceptance.</param>
public sealed record RectificationAccepted(LocalDate On) : RectificationEvent(On);
