using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>One dated event in the append-only history of a <see cref="RectificationCase"/>.</summary>
/// <param name="On">The day the event happened; never before the previous event of the case.</param>
/// <remarks>The history replays to the same case (<see cref="RectificationCase.Replay"/>).</remarks>
public abstract record RectificationEvent(LocalDate On);
