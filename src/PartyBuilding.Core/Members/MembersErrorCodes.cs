namespace PartyBuilding.Core.Members;

/// <summary>Stable error codes of dues input and policy (listed in <c>docs/reasons.md</c>).</summary>
public static class MembersErrorCodes
{
    /// <summary>A member category is not one the enumeration defines.</summary>
    public const string CategoryUndefined = "MEM.CATEGORY_UNDEFINED";

    /// <summary>An income is negative.</summary>
    public const string IncomeNegative = "MEM.INCOME_NEGATIVE";

    /// <summary>A sum of money is not a whole number of fen.</summary>
    public const string NotInFen = "MEM.NOT_IN_FEN";

    /// <summary>A member id is missing (the default id).</summary>
    public const string MemberIdMissing = "MEM.MEMBER_ID_MISSING";

    /// <summary>The admission date is after the as-of date.</summary>
    public const string AdmittedAfterAsOf = "MEM.ADMITTED_AFTER_AS_OF";

    /// <summary>A payment belongs to another member than the one assessed.</summary>
    public const string PaymentOfAnotherMember = "MEM.PAYMENT_OF_ANOTHER_MEMBER";

    /// <summary>A payment is dated after the as-of date.</summary>
    public const string PaymentAfterAsOf = "MEM.PAYMENT_AFTER_AS_OF";

    /// <summary>A payment is for a month before the month of admission.</summary>
    public const string PaymentBeforeAdmission = "MEM.PAYMENT_BEFORE_ADMISSION";

    /// <summary>Two payments are for the same month.</summary>
    public const string PaymentDuplicate = "MEM.PAYMENT_DUPLICATE";

    /// <summary>A count of months asked about is not between 1 and <see cref="DuesPolicy.MaxMonths"/>.</summary>
    public const string MonthsOutOfRange = "MEM.MONTHS_OUT_OF_RANGE";

    /// <summary>A bracket table is missing or empty.</summary>
    public const string PolicyBracketsEmpty = "MEM.POLICY_BRACKETS_EMPTY";

    /// <summary>A bracket table's bounds are not positive and rising, or a bracket before the last has no bound, or the last has one.</summary>
    public const string PolicyBracketsOutOfOrder = "MEM.POLICY_BRACKETS_OUT_OF_ORDER";

    /// <summary>A bracket bound is not a whole number of fen.</summary>
    public const string PolicyBoundNotInFen = "MEM.POLICY_BOUND_NOT_IN_FEN";

    /// <summary>A bracket rate is not above 0 and at most 1.</summary>
    public const string PolicyRateOutOfRange = "MEM.POLICY_RATE_OUT_OF_RANGE";

    /// <summary>A bracket rate is lower than the one below it (dues would fall as income rises).</summary>
    public const string PolicyRatesFalling = "MEM.POLICY_RATES_FALLING";

    /// <summary>A policy figure that must be positive is not.</summary>
    public const string PolicyNotPositive = "MEM.POLICY_NOT_POSITIVE";

    /// <summary>A policy interval is longer than <see cref="DuesPolicy.MaxMonths"/>.</summary>
    public const string PolicyTooLarge = "MEM.POLICY_TOO_LARGE";

    /// <summary>The rounding is not one <see cref="MidpointRounding"/> defines.</summary>
    public const string PolicyRoundingUndefined = "MEM.POLICY_ROUNDING_UNDEFINED";
}
