namespace PartyBuilding.Core.Accountability;

/// <summary>Stable error codes of accountability input, policy and case transitions (listed in <c>docs/reasons.md</c>).</summary>
public static class AccountabilityErrorCodes
{
    /// <summary>A case cannot make this transition from its current state.</summary>
    public const string IllegalTransition = "ACC.ILLEGAL_TRANSITION";

    /// <summary>A case cannot close without a finding ("investigated to the end").</summary>
    public const string CloseWithoutFinding = "ACC.CLOSE_WITHOUT_FINDING";

    /// <summary>A substantiated case cannot close before its sanction decision.</summary>
    public const string CloseWithoutSanction = "ACC.CLOSE_WITHOUT_SANCTION";

    /// <summary>A case whose sanction requires disclosure cannot close before it is disclosed.</summary>
    public const string CloseBeforeDisclosure = "ACC.CLOSE_BEFORE_DISCLOSURE";

    /// <summary>Disclosure was recorded for a case whose sanction does not require it.</summary>
    public const string DisclosureNotRequired = "ACC.DISCLOSURE_NOT_REQUIRED";

    /// <summary>An event is dated before the previous event of the case.</summary>
    public const string EventBeforePrevious = "ACC.EVENT_BEFORE_PREVIOUS";

    /// <summary>The conclusion deadline was already extended once.</summary>
    public const string ExtensionAlreadyGranted = "ACC.EXTENSION_ALREADY_GRANTED";

    /// <summary>An extension was asked for after the conclusion deadline had passed.</summary>
    public const string ExtensionTooLate = "ACC.EXTENSION_TOO_LATE";

    /// <summary>An extension is not between one day and the policy's maximum.</summary>
    public const string ExtensionOutOfRange = "ACC.EXTENSION_OUT_OF_RANGE";

    /// <summary>An extension states no reason.</summary>
    public const string ExtensionReasonEmpty = "ACC.EXTENSION_REASON_EMPTY";

    /// <summary>A progress note is empty.</summary>
    public const string NoteEmpty = "ACC.NOTE_EMPTY";

    /// <summary>A history to replay is empty.</summary>
    public const string HistoryEmpty = "ACC.HISTORY_EMPTY";

    /// <summary>A history to replay does not start with the receipt of the complaint.</summary>
    public const string HistoryNotStartedByReceipt = "ACC.HISTORY_NOT_STARTED_BY_RECEIPT";

    /// <summary>A sanction decision concerns another subject than the case.</summary>
    public const string DecisionSubjectMismatch = "ACC.DECISION_SUBJECT_MISMATCH";

    /// <summary>A sanction decision was made under another policy version than the one the case opened under.</summary>
    public const string DecisionPolicyMismatch = "ACC.DECISION_POLICY_MISMATCH";

    /// <summary>A sanction decision is not the one the case's finding gives under its policy version (level, waiver, steps, disclosure or reasons).</summary>
    public const string DecisionMismatch = "ACC.DECISION_MISMATCH";

    /// <summary>A sanction decision is dated before the finding of its case.</summary>
    public const string DecisionBeforeFinding = "ACC.DECISION_BEFORE_FINDING";

    /// <summary>A sanction is recorded before the date of its decision.</summary>
    public const string SanctionBeforeDecision = "ACC.SANCTION_BEFORE_DECISION";

    /// <summary>A policy version is used on a date before it takes effect.</summary>
    public const string PolicyVersionNotInForce = "ACC.POLICY_VERSION_NOT_IN_FORCE";

    /// <summary>A case cannot be opened for a rectification order that is not missed.</summary>
    public const string OrderNotMissed = "ACC.ORDER_NOT_MISSED";

    /// <summary>A rectification order was already met.</summary>
    public const string OrderAlreadyMet = "ACC.ORDER_ALREADY_MET";

    /// <summary>A case id is missing (the default id).</summary>
    public const string CaseIdMissing = "ACC.CASE_ID_MISSING";

    /// <summary>A subject is missing (null or a default id).</summary>
    public const string SubjectMissing = "ACC.SUBJECT_MISSING";

    /// <summary>A complaint has an empty summary.</summary>
    public const string SummaryEmpty = "ACC.SUMMARY_EMPTY";

    /// <summary>A value is not one its enumeration defines.</summary>
    public const string EnumUndefined = "ACC.ENUM_UNDEFINED";

    /// <summary>A substantiated finding names no misconduct kind.</summary>
    public const string FindingKindMissing = "ACC.FINDING_KIND_MISSING";

    /// <summary>A substantiated finding names no impact.</summary>
    public const string FindingImpactMissing = "ACC.FINDING_IMPACT_MISSING";

    /// <summary>An unsubstantiated finding states no grounds.</summary>
    public const string FindingGroundsMissing = "ACC.FINDING_GROUNDS_MISSING";

    /// <summary>An unsubstantiated finding names a kind, an impact or escalation facts.</summary>
    public const string FindingUnsubstantiatedWithFacts = "ACC.FINDING_UNSUBSTANTIATED_WITH_FACTS";

    /// <summary>A rectification order id is missing (the default id).</summary>
    public const string OrderIdMissing = "ACC.ORDER_ID_MISSING";

    /// <summary>A rectification order's deadline is before its issue date.</summary>
    public const string OrderDeadlineBeforeIssue = "ACC.ORDER_DEADLINE_BEFORE_ISSUE";

    /// <summary>A rectification order states no requirement.</summary>
    public const string OrderRequirementEmpty = "ACC.ORDER_REQUIREMENT_EMPTY";

    /// <summary>A rectification order is recorded as met before it was issued.</summary>
    public const string OrderMetBeforeIssue = "ACC.ORDER_MET_BEFORE_ISSUE";

    /// <summary>A list of prior dates is missing (null).</summary>
    public const string PriorsMissing = "ACC.PRIORS_MISSING";

    /// <summary>A sanction request names a policy label the escalator does not know.</summary>
    public const string PolicyLabelUnknown = "ACC.POLICY_LABEL_UNKNOWN";

    /// <summary>A policy figure that must be positive is not.</summary>
    public const string PolicyNotPositive = "ACC.POLICY_NOT_POSITIVE";

    /// <summary>A policy step is negative.</summary>
    public const string PolicyStepNegative = "ACC.POLICY_STEP_NEGATIVE";

    /// <summary>A ladder table is missing, or has a null cell.</summary>
    public const string LadderMissing = "ACC.LADDER_MISSING";

    /// <summary>A ladder table has no cell for a misconduct kind and impact.</summary>
    public const string LadderCellMissing = "ACC.LADDER_CELL_MISSING";

    /// <summary>A ladder table has two cells for a misconduct kind and impact.</summary>
    public const string LadderCellDuplicate = "ACC.LADDER_CELL_DUPLICATE";

    /// <summary>A ladder table gives a lower level to a greater impact of the same kind.</summary>
    public const string LadderNotMonotone = "ACC.LADDER_NOT_MONOTONE";

    /// <summary>A window of dates ends before it starts.</summary>
    public const string WindowOutOfOrder = "ACC.WINDOW_OUT_OF_ORDER";
}
