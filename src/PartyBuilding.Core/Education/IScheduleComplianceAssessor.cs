using NodaTime;

namespace PartyBuilding.Core.Education;

/// <summary>
/// Judges whether an organization held each activity it owes in every complete calendar month, quarter or year of a
/// date interval.
/// </summary>
/// <remarks>Implementations are pure, deterministic and thread-safe.</remarks>
public interface IScheduleComplianceAssessor
{
    /// <summary>
    /// Judges <paramref name="profile"/>'s schedule over <paramref name="interval"/> (both ends inclusive) from the
    /// <paramref name="records"/> (records of other organizations are not counted), under the policy version in force on the interval's last day. A period
    /// the interval cuts is not judged, and a reason says so; records outside the complete periods are not counted.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The profile or a record is invalid (a null record is <c>COMMON.REQUIRED</c>); every failure is listed.
    /// </exception>
    /// <exception cref="InvalidOperationException">No policy version is in force on the interval's last day (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    ScheduleCompliance Assess(ScheduleProfile profile, DateInterval interval, IEnumerable<ActivityRecord> records);
}
