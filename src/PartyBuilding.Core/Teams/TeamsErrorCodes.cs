namespace PartyBuilding.Core.Teams;

/// <summary>Stable error codes of teams input, policy and rectification transitions (listed in <c>docs/reasons.md</c>).</summary>
public static class TeamsErrorCodes
{
    /// <summary>A rectification case cannot make this transition from its current state.</summary>
    public const string IllegalTransition = "TEAM.ILLEGAL_TRANSITION";

    /// <summary>An event is dated before the previous event of the case.</summary>
    public const string EventBeforePrevious = "TEAM.EVENT_BEFORE_PREVIOUS";

    /// <summary>The rectification was already extended once.</summary>
    public const string ExtensionAlreadyGranted = "TEAM.EXTENSION_ALREADY_GRANTED";

    /// <summary>An extension was asked for after the rectification deadline.</summary>
    public const string ExtensionTooLate = "TEAM.EXTENSION_TOO_LATE";

    /// <summary>An extension is not between one month and the policy's maximum.</summary>
    public const string ExtensionOutOfRange = "TEAM.EXTENSION_OUT_OF_RANGE";

    /// <summary>A plan, note or extension reason is empty.</summary>
    public const string TextEmpty = "TEAM.TEXT_EMPTY";

    /// <summary>A history to replay is empty.</summary>
    public const string HistoryEmpty = "TEAM.HISTORY_EMPTY";

    /// <summary>A history to replay does not start with the identification.</summary>
    public const string HistoryNotStartedByIdentification = "TEAM.HISTORY_NOT_STARTED_BY_IDENTIFICATION";

    /// <summary>A case is opened with no criterion met.</summary>
    public const string CriteriaEmpty = "TEAM.CRITERIA_EMPTY";

    /// <summary>A criterion is named twice.</summary>
    public const string CriterionDuplicate = "TEAM.CRITERION_DUPLICATE";

    /// <summary>An assessment that is not weak and lax cannot open a rectification.</summary>
    public const string NotWeakAndLax = "TEAM.NOT_WEAK_AND_LAX";

    /// <summary>A policy version is used on a date before it takes effect.</summary>
    public const string PolicyVersionNotInForce = "TEAM.POLICY_VERSION_NOT_IN_FORCE";

    /// <summary>An enum value is not defined.</summary>
    public const string EnumUndefined = "TEAM.ENUM_UNDEFINED";

    /// <summary>An id (organization, case, cadre) is missing.</summary>
    public const string IdMissing = "TEAM.ID_MISSING";

    /// <summary>A count is negative.</summary>
    public const string CountNegative = "TEAM.COUNT_NEGATIVE";

    /// <summary>An assessment rank is given without the number ranked, or the other way round.</summary>
    public const string RankIncomplete = "TEAM.RANK_INCOMPLETE";

    /// <summary>An assessment rank is not between 1 and the number ranked.</summary>
    public const string RankOutOfRange = "TEAM.RANK_OUT_OF_RANGE";

    /// <summary>A share is above one.</summary>
    public const string ShareAboveOne = "TEAM.SHARE_ABOVE_ONE";

    /// <summary>An organization appears twice in a ranking.</summary>
    public const string DuplicateTeam = "TEAM.DUPLICATE_TEAM";

    /// <summary>A training session's days are not 1 to 366.</summary>
    public const string TrainingDaysOutOfRange = "TEAM.TRAINING_DAYS_OUT_OF_RANGE";

    /// <summary>A post ends before it starts.</summary>
    public const string PostDatesOutOfOrder = "TEAM.POST_DATES_OUT_OF_ORDER";

    /// <summary>A policy figure is out of its range.</summary>
    public const string PolicyOutOfRange = "TEAM.POLICY_OUT_OF_RANGE";
}
