namespace PartyBuilding.Core.Members;

/// <summary>Stable codes of the reasons behind dues assessments and dues standing (listed in <c>docs/reasons.md</c>).</summary>
public static class MembersReasonCodes
{
    /// <summary>The income falls in a bracket with an upper bound: its rate applies to the whole income.</summary>
    public const string DuesBracket = "MEM.DUES_BRACKET";

    /// <summary>The income is above the highest bound: the top rate applies to the whole income.</summary>
    public const string DuesTopBracket = "MEM.DUES_TOP_BRACKET";

    /// <summary>The category pays a fixed monthly sum.</summary>
    public const string DuesFixedSum = "MEM.DUES_FIXED_SUM";

    /// <summary>Admitted in the as-of month: no month is owed yet.</summary>
    public const string NothingOwed = "MEM.NOTHING_OWED";

    /// <summary>Every month owed before the as-of month is paid.</summary>
    public const string PaidUp = "MEM.PAID_UP";

    /// <summary>Months owed before the as-of month are unpaid.</summary>
    public const string InArrears = "MEM.IN_ARREARS";

    /// <summary>The oldest unpaid month still within the back-payment window.</summary>
    public const string BackPaymentFrom = "MEM.BACK_PAYMENT_FROM";

    /// <summary>Unpaid months older than the back-payment window.</summary>
    public const string BeyondBackPayment = "MEM.BEYOND_BACK_PAYMENT";

    /// <summary>The consecutive unpaid months up to the as-of month reach the review figure: the branch is to review (党章 Art. 9).</summary>
    public const string UnpaidForReview = "MEM.UNPAID_FOR_REVIEW";
}
