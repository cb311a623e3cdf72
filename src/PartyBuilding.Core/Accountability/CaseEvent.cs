using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>One dated event in the append-only history of an <see cref="AccountabilityCase"/>.</summary>
/// <param name="On">The day the event happened; never before the previous event of the case.</param>
/// <remarks>The history replays to the same case (<see cref="AccountabilityCase.Replay"/>).</remarks>
public abstract record CaseEvent(LocalDate On);
