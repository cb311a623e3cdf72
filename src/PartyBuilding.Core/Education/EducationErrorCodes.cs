namespace PartyBuilding.Core.Education;

/// <summary>Stable error codes of education input and policy (listed in <c>docs/reasons.md</c>).</summary>
public static class EducationErrorCodes
{
    /// <summary>An organization id is missing (the default id).</summary>
    public const string OrganizationMissing = "EDU.ORGANIZATION_MISSING";

    /// <summary>A member id is missing (the default id).</summary>
    public const string MemberMissing = "EDU.MEMBER_MISSING";

    /// <summary>A value is not one its enumeration defines.</summary>
    public const string EnumUndefined = "EDU.ENUM_UNDEFINED";

    /// <summary>An activity record's members due is not positive.</summary>
    public const string MembersDueNotPositive = "EDU.MEMBERS_DUE_NOT_POSITIVE";

    /// <summary>An activity record's members present is negative or more than the members due.</summary>
    public const string MembersPresentOutOfRange = "EDU.MEMBERS_PRESENT_OUT_OF_RANGE";

    /// <summary>An activity record's hours are negative or more than 24.</summary>
    public const string HoursOutOfRange = "EDU.HOURS_OUT_OF_RANGE";

    /// <summary>A training record's count is not from 1 to 1,000.</summary>
    public const string CountOutOfRange = "EDU.COUNT_OUT_OF_RANGE";

    /// <summary>A year is outside the calendar's range.</summary>
    public const string YearOutOfRange = "EDU.YEAR_OUT_OF_RANGE";

    /// <summary>The policy's schedule, a row of it or a row's kinds list is missing (null).</summary>
    public const string ScheduleMissing = "EDU.SCHEDULE_MISSING";

    /// <summary>The policy's schedule has two rows for one activity kind.</summary>
    public const string RequirementDuplicate = "EDU.REQUIREMENT_DUPLICATE";

    /// <summary>A schedule row's attendance bound cannot be met (more than the whole).</summary>
    public const string AttendanceUnreachable = "EDU.ATTENDANCE_UNREACHABLE";

    /// <summary>A policy's hours are out of range (yearly hours 0 to 8,784; a day 1 to 24; a half-day 1 to a day).</summary>
    public const string PolicyHoursOutOfRange = "EDU.POLICY_HOURS_OUT_OF_RANGE";
}
