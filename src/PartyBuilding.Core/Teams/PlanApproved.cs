using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>The rectification plan (整顿方案) was approved.</summary>
/// <param name="On">The day of approval.</param>
/// <param name="Plan">The plan's summary; not empty.</param>
public sealed record PlanApproved(LocalDate On, string Plan) : RectificationEvent(On);
