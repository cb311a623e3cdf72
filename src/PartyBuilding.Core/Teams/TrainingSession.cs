using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>One training a cadre attended: its first day and its length in days (counted in the year it starts).</summary>
/// <param name="StartsOn">The first day.</param>
/// <param name="Days">The days of training; 1 to 366.</param>
public sealed record TrainingSession(LocalDate StartsOn, int Days);
