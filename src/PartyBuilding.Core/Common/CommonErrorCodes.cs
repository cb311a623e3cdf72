namespace PartyBuilding.Core;

/// <summary>Stable error codes of the shared kernel (listed in <c>docs/reasons.md</c>).</summary>
public static class CommonErrorCodes
{
    /// <summary>An identifier is null, empty or whitespace.</summary>
    public const string IdEmpty = "COMMON.ID_EMPTY";

    /// <summary>A required value is missing (null).</summary>
    public const string Required = "COMMON.REQUIRED";

    /// <summary>A policy set has no version.</summary>
    public const string PolicySetEmpty = "COMMON.POLICY_SET_EMPTY";

    /// <summary>Two policy versions in a set share a label.</summary>
    public const string PolicyVersionDuplicate = "COMMON.POLICY_VERSION_DUPLICATE";

    /// <summary>Two policy versions in a set take effect on the same date.</summary>
    public const string PolicyEffectiveDateDuplicate = "COMMON.POLICY_EFFECTIVE_DATE_DUPLICATE";

    /// <summary>No policy version is in force on the date asked for.</summary>
    public const string PolicyNotInForce = "COMMON.POLICY_NOT_IN_FORCE";

    /// <summary>No policy version in a set has the label asked for.</summary>
    public const string PolicyVersionUnknown = "COMMON.POLICY_VERSION_UNKNOWN";

    /// <summary>An undated call on a service that holds several policy versions: the as-of date says which one decides.</summary>
    public const string AsOfRequired = "COMMON.AS_OF_REQUIRED";

    /// <summary>A time zone id is not known to the TZDB provider.</summary>
    public const string TimeZoneUnknown = "COMMON.TIME_ZONE_UNKNOWN";

    /// <summary>A ratio or share has a negative numerator (part) or a denominator (whole) that is not positive.</summary>
    public const string RatioOutOfRange = "COMMON.RATIO_OUT_OF_RANGE";

    /// <summary>The exact sum or product of two ratios does not fit in 64-bit terms.</summary>
    public const string RatioTooLarge = "COMMON.RATIO_TOO_LARGE";

    /// <summary>The decimals of a percentage are not from 0 to 28.</summary>
    public const string DecimalsOutOfRange = "COMMON.DECIMALS_OUT_OF_RANGE";
}
