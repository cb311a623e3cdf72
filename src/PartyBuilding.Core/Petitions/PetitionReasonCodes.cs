namespace PartyBuilding.Core.Petitions;

/// <summary>Stable codes of the reasons behind petition routings (listed in <c>docs/reasons.md</c>).</summary>
public static class PetitionReasonCodes
{
    /// <summary>The tier the routing table gives the matter's category and gravity (first reason of a handled petition).</summary>
    public const string HandledAt = "PET.HANDLED_AT";

    /// <summary>Received at a lower tier than the one that handles it: transferred up.</summary>
    public const string TransferredUp = "PET.TRANSFERRED_UP";

    /// <summary>Received at a higher tier than the one that handles it: assigned down.</summary>
    public const string AssignedDown = "PET.ASSIGNED_DOWN";

    /// <summary>Received at the tier that handles it.</summary>
    public const string HandledWhereReceived = "PET.HANDLED_WHERE_RECEIVED";

    /// <summary>A grave or urgent matter, reported to the tier above as well.</summary>
    public const string ReportAbove = "PET.REPORT_ABOVE";

    /// <summary>The matter belongs to another procedure: diverted.</summary>
    public const string Diverted = "PET.DIVERTED";

    /// <summary>The same matter is being handled within its limit elsewhere: refused.</summary>
    public const string PendingElsewhere = "PET.PENDING_ELSEWHERE";

    /// <summary>The same matter was answered: refused, a review is the way on.</summary>
    public const string PriorAnswered = "PET.PRIOR_ANSWERED";

    /// <summary>The same matter was re-reviewed and is final: refused.</summary>
    public const string PriorFinal = "PET.PRIOR_FINAL";

    /// <summary>The earlier filing of the same matter passed its limit unanswered: this filing is routed.</summary>
    public const string PriorOverdue = "PET.PRIOR_OVERDUE";
}
