namespace PartyBuilding.Core.Education;

/// <summary>Totals a member's class hours for a calendar year against the hours the member's role requires.</summary>
/// <remarks>Implementations are pure, deterministic and thread-safe.</remarks>
public interface ITrainingHoursAssessor
{
    /// <summary>
    /// The standing of <paramref name="member"/> in <paramref name="year"/> from <paramref name="records"/> (records of other
    /// members or other years are not counted), under the policy version in force on the year's last day.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="InvalidInputException">The member id is the default, the role or the year is out of range, or a record is invalid; every failure is listed.</exception>
    /// <exception cref="InvalidOperationException">No policy version is in force on the year's last day (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    TrainingStanding Assess(MemberId member, TrainingRole role, int year, IEnumerable<TrainingRecord> records);
}
