namespace PartyBuilding.Core.Petitions;

/// <summary>Stable error codes of petition input, policy and case transitions (listed in <c>docs/reasons.md</c>).</summary>
public static class PetitionErrorCodes
{
    /// <summary>A petition id is missing (the default id).</summary>
    public const string IdMissing = "PET.ID_MISSING";

    /// <summary>The petitioner is empty.</summary>
    public const string PetitionerEmpty = "PET.PETITIONER_EMPTY";

    /// <summary>The category is not one the library knows.</summary>
    public const string CategoryUnknown = "PET.CATEGORY_UNKNOWN";

    /// <summary>A value is not one its enumeration defines.</summary>
    public const string EnumUndefined = "PET.ENUM_UNDEFINED";

    /// <summary>A petition is received, routed or transferred at a tier the library does not route to.</summary>
    public const string TierNotRouted = "PET.TIER_NOT_ROUTED";

    /// <summary>The petitioners or representatives are not a group size: fewer than one, or more representatives than petitioners.</summary>
    public const string GroupSizeInvalid = "PET.GROUP_SIZE_INVALID";

    /// <summary>A group visit sent more representatives than the policy allows.</summary>
    public const string TooManyRepresentatives = "PET.TOO_MANY_REPRESENTATIVES";

    /// <summary>A matter key is given but empty.</summary>
    public const string MatterKeyEmpty = "PET.MATTER_KEY_EMPTY";

    /// <summary>The earlier filing was accepted after this petition was received.</summary>
    public const string PriorAfterReceipt = "PET.PRIOR_AFTER_RECEIPT";

    /// <summary>The earlier filing was answered before it was accepted.</summary>
    public const string PriorAnswerBeforeAcceptance = "PET.PRIOR_ANSWER_BEFORE_ACCEPTANCE";

    /// <summary>The earlier filing's extension is negative or beyond the policy's maximum.</summary>
    public const string PriorExtensionOutOfRange = "PET.PRIOR_EXTENSION_OUT_OF_RANGE";

    /// <summary>The earlier filing is final but has no answer.</summary>
    public const string PriorFinalUnanswered = "PET.PRIOR_FINAL_UNANSWERED";

    /// <summary>A policy figure that must be positive is not.</summary>
    public const string PolicyNotPositive = "PET.POLICY_NOT_POSITIVE";

    /// <summary>A policy figure is beyond the largest the library counts.</summary>
    public const string PolicyTooLarge = "PET.POLICY_TOO_LARGE";

    /// <summary>A category is neither diverted nor routed at some gravity.</summary>
    public const string RouteMissing = "PET.ROUTE_MISSING";

    /// <summary>A category and gravity have two routing rows, or a category two diversions.</summary>
    public const string RouteDuplicate = "PET.ROUTE_DUPLICATE";

    /// <summary>A category is both routed and diverted.</summary>
    public const string RouteConflict = "PET.ROUTE_CONFLICT";

    /// <summary>A graver matter of a category is routed to a lower tier than a lighter one.</summary>
    public const string RouteNotMonotone = "PET.ROUTE_NOT_MONOTONE";

    /// <summary>A day is both a holiday and an extra working day of the calendar.</summary>
    public const string CalendarConflict = "PET.CALENDAR_CONFLICT";

    /// <summary>A case cannot make this transition from its current state.</summary>
    public const string IllegalTransition = "PET.ILLEGAL_TRANSITION";

    /// <summary>An event is dated before the previous event of the case.</summary>
    public const string EventBeforePrevious = "PET.EVENT_BEFORE_PREVIOUS";

    /// <summary>A transfer goes to the tier that holds the petition already.</summary>
    public const string TransferToSameTier = "PET.TRANSFER_TO_SAME_TIER";

    /// <summary>An objection to a transfer came after its working-day limit.</summary>
    public const string ObjectionTooLate = "PET.OBJECTION_TOO_LATE";

    /// <summary>The handling limit was already extended once.</summary>
    public const string ExtensionAlreadyGranted = "PET.EXTENSION_ALREADY_GRANTED";

    /// <summary>An extension was asked for after the handling limit had passed.</summary>
    public const string ExtensionTooLate = "PET.EXTENSION_TOO_LATE";

    /// <summary>An extension is not between one day and the policy's maximum.</summary>
    public const string ExtensionOutOfRange = "PET.EXTENSION_OUT_OF_RANGE";

    /// <summary>A stated reason or grounds are empty.</summary>
    public const string ReasonEmpty = "PET.REASON_EMPTY";

    /// <summary>A review was requested after its limit.</summary>
    public const string ReviewTooLate = "PET.REVIEW_TOO_LATE";

    /// <summary>A re-review was requested after its limit.</summary>
    public const string ReReviewTooLate = "PET.REREVIEW_TOO_LATE";

    /// <summary>The petition was re-reviewed: final, no further review.</summary>
    public const string Final = "PET.FINAL";

    /// <summary>A case cannot close while the petitioner may still request a review or re-review.</summary>
    public const string CloseWhileAppealOpen = "PET.CLOSE_WHILE_APPEAL_OPEN";

    /// <summary>A hearing's days are not positive.</summary>
    public const string HearingDaysInvalid = "PET.HEARING_DAYS_INVALID";

    /// <summary>A history to replay is empty.</summary>
    public const string HistoryEmpty = "PET.HISTORY_EMPTY";

    /// <summary>A history to replay does not start with the receipt of the intake.</summary>
    public const string HistoryNotStartedByReceipt = "PET.HISTORY_NOT_STARTED_BY_RECEIPT";

    /// <summary>A policy version is used on a date before it takes effect.</summary>
    public const string PolicyVersionNotInForce = "PET.POLICY_VERSION_NOT_IN_FORCE";

    /// <summary>A window of dates ends before it starts.</summary>
    public const string WindowOutOfOrder = "PET.WINDOW_OUT_OF_ORDER";
}
