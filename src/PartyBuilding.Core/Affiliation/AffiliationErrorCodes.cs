namespace PartyBuilding.Core.Affiliation;

/// <summary>Stable error codes of affiliation input and policy (listed in <c>docs/reasons.md</c>).</summary>
public static class AffiliationErrorCodes
{
    /// <summary>A member id is missing (the default id).</summary>
    public const string MemberIdMissing = "AFF.MEMBER_ID_MISSING";

    /// <summary>A membership status is not one the enumeration defines.</summary>
    public const string StatusUndefined = "AFF.STATUS_UNDEFINED";

    /// <summary>A residence area code is empty or whitespace (use null for no fixed residence).</summary>
    public const string AreaCodeEmpty = "AFF.AREA_CODE_EMPTY";

    /// <summary>An introducer id is the default id (use null for none).</summary>
    public const string IntroducerIdMissing = "AFF.INTRODUCER_ID_MISSING";

    /// <summary>A member is named as their own introducer.</summary>
    public const string SelfIntroduced = "AFF.SELF_INTRODUCED";

    /// <summary>The same member appears twice in one input.</summary>
    public const string MemberDuplicate = "AFF.MEMBER_DUPLICATE";

    /// <summary>A contact kind is not one the enumeration defines.</summary>
    public const string ContactKindUndefined = "AFF.CONTACT_KIND_UNDEFINED";

    /// <summary>A contact record is dated after the as-of date.</summary>
    public const string ContactAfterAsOf = "AFF.CONTACT_AFTER_AS_OF";

    /// <summary>A contact record belongs to another member than the one assessed.</summary>
    public const string ContactOfAnotherMember = "AFF.CONTACT_OF_ANOTHER_MEMBER";

    /// <summary>Two contact records have the same member, kind and date.</summary>
    public const string ContactDuplicate = "AFF.CONTACT_DUPLICATE";

    /// <summary>The date monitoring started is after the as-of date.</summary>
    public const string MonitoredSinceAfterAsOf = "AFF.MONITORED_SINCE_AFTER_AS_OF";

    /// <summary>A policy figure that must be positive is not.</summary>
    public const string PolicyNotPositive = "AFF.POLICY_NOT_POSITIVE";

    /// <summary>A policy interval is longer than the library accepts.</summary>
    public const string PolicyTooLarge = "AFF.POLICY_TOO_LARGE";

    /// <summary>Policy intervals are out of order (the reporting interval must be shorter than the others).</summary>
    public const string PolicyOutOfOrder = "AFF.POLICY_OUT_OF_ORDER";
}
