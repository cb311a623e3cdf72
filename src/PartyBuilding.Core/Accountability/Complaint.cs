namespace PartyBuilding.Core.Accountability;

/// <summary>A complaint from the masses (群众投诉) that opens an accountability case.</summary>
/// <param name="Id">The id of the case it opens; not the default id.</param>
/// <param name="Subject">The cadre or organization complained about.</param>
/// <param name="Summary">What the complaint says; not empty.</param>
public sealed record Complaint(CaseId Id, AccountabilitySubject Subject, string Summary)
{
    /// <summary>The earlier case this one follows from (a missed rectification order), if any.</summary>
    public CaseId? LinkedCase { get; init; }

    /// <summary>The rectification order whose miss opened this case, if any ("failing to improve efficiency").</summary>
    public RectificationOrderId? MissedOrder { get; init; }
}
