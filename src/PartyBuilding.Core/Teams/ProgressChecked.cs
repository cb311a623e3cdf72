using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>The township checked the rectification's progress (due at half the period by default).</summary>
/// <param name="On">The day of the check.</param>
/// <param name="Note">What the check found; not empty.</param>
public sealed record ProgressChecked(LocalDate On, string Note) : RectificationEvent(On);
