namespace PartyBuilding.Core.Education;

/// <summary>Stable codes of the reasons behind schedule compliance and training standings (listed in <c>docs/reasons.md</c>).</summary>
public static class EducationReasonCodes
{
    /// <summary>Every required activity was held in every complete period judged.</summary>
    public const string ScheduleMet = "EDU.SCHEDULE_MET";

    /// <summary>Some required activity was missed in some complete period.</summary>
    public const string ScheduleMissed = "EDU.SCHEDULE_MISSED";

    /// <summary>The interval holds no complete period of any required activity: nothing is judged.</summary>
    public const string NothingJudged = "EDU.NOTHING_JUDGED";

    /// <summary>The schedule requires no activity of the organization.</summary>
    public const string NothingRequired = "EDU.NOTHING_REQUIRED";

    /// <summary>A period the interval cuts is not judged.</summary>
    public const string PeriodCut = "EDU.PERIOD_CUT";

    /// <summary>A required activity was held in a period.</summary>
    public const string Held = "EDU.HELD";

    /// <summary>A required activity has no record in a period.</summary>
    public const string Missed = "EDU.MISSED";

    /// <summary>A required activity's records in a period all fall short of its attendance.</summary>
    public const string MissedAttendance = "EDU.MISSED_ATTENDANCE";

    /// <summary>A member's class hours for a year reach the requirement.</summary>
    public const string TrainingMet = "EDU.TRAINING_MET";

    /// <summary>A member's class hours for a year fall short of the requirement.</summary>
    public const string TrainingShort = "EDU.TRAINING_SHORT";
}
