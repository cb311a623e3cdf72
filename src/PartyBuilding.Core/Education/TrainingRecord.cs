using NodaTime;

namespace PartyBuilding.Core.Education;

/// <summary>Training one member took on one day, in class hours, half-days or days.</summary>
/// <param name="Member">The member.</param>
/// <param name="TookOn">The day of the training (it counts for that calendar year).</param>
/// <param name="Unit">The unit of <paramref name="Count"/>.</param>
/// <param name="Count">How many units (more than zero).</param>
/// <remarks><c>TrainingRecordValidator</c> refuses an invalid record.</remarks>
public sealed record TrainingRecord(MemberId Member, LocalDate TookOn, TrainingUnit Unit, int Count);
