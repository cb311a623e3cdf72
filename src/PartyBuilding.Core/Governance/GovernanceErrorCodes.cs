namespace PartyBuilding.Core.Governance;

/// <summary>Stable error codes of governance input and policy (listed in <c>docs/reasons.md</c>).</summary>
public static class GovernanceErrorCodes
{
    /// <summary>A matter id is missing (the default id).</summary>
    public const string MatterIdMissing = "GOV.MATTER_ID_MISSING";

    /// <summary>A matter's organization is missing (the default id).</summary>
    public const string OrganizationMissing = "GOV.ORGANIZATION_MISSING";

    /// <summary>A governance level is not one the enumeration defines.</summary>
    public const string LevelUndefined = "GOV.LEVEL_UNDEFINED";

    /// <summary>A matter kind or record kind is not one its enumeration defines.</summary>
    public const string KindUndefined = "GOV.KIND_UNDEFINED";

    /// <summary>A matter's amount is negative.</summary>
    public const string AmountNegative = "GOV.AMOUNT_NEGATIVE";

    /// <summary>A count of a record is negative.</summary>
    public const string CountNegative = "GOV.COUNT_NEGATIVE";

    /// <summary>A meeting has no one due to attend.</summary>
    public const string DueNotPositive = "GOV.DUE_NOT_POSITIVE";

    /// <summary>More are present than due.</summary>
    public const string PresentAboveDue = "GOV.PRESENT_ABOVE_DUE";

    /// <summary>More votes for than present.</summary>
    public const string VotesAbovePresent = "GOV.VOTES_ABOVE_PRESENT";

    /// <summary>More households represented than the village has.</summary>
    public const string HouseholdsAboveDue = "GOV.HOUSEHOLDS_ABOVE_DUE";

    /// <summary>A notice is taken down before the day it was posted (dates out of order).</summary>
    public const string PostedUntilBeforeOn = "GOV.POSTED_UNTIL_BEFORE_ON";

    /// <summary>A township record in a village procedure, or a village record in a township one.</summary>
    public const string RecordNotForLevel = "GOV.RECORD_NOT_FOR_LEVEL";

    /// <summary>Two records of the same step (or the same township meeting) in one procedure.</summary>
    public const string StepDuplicate = "GOV.STEP_DUPLICATE";

    /// <summary>A procedure has no record.</summary>
    public const string RecordsEmpty = "GOV.RECORDS_EMPTY";

    /// <summary>A period ends before it starts.</summary>
    public const string PeriodOutOfOrder = "GOV.PERIOD_OUT_OF_ORDER";

    /// <summary>A policy sum or day count is negative.</summary>
    public const string PolicyNegative = "GOV.POLICY_NEGATIVE";

    /// <summary>A policy interval or article number is not positive.</summary>
    public const string PolicyNotPositive = "GOV.POLICY_NOT_POSITIVE";

    /// <summary>A policy interval is longer than the library accepts.</summary>
    public const string PolicyTooLarge = "GOV.POLICY_TOO_LARGE";

    /// <summary>A policy share is above 1.</summary>
    public const string PolicyRatioAboveOne = "GOV.POLICY_RATIO_ABOVE_ONE";

    /// <summary>A policy's law version or source note is empty.</summary>
    public const string PolicyTextEmpty = "GOV.POLICY_TEXT_EMPTY";
}
