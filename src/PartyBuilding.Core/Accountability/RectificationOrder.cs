using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>
/// An order to rectify (整改) with a deadline, issued to the subject of a case. An order not met by its
/// deadline is "failing to improve efficiency": it opens a new case against the same subject
/// (<see cref="AccountabilityCase.OpenForMissedOrder"/>), linked to the first.
/// </summary>
/// <param name="Id">The order's id.</param>
/// <param name="Case">The case the order was issued in.</param>
/// <param name="Subject">Who must rectify.</param>
/// <param name="IssuedOn">The day the order was issued.</param>
/// <param name="Deadline">The last day on which the order may be met (inclusive); not before <paramref name="IssuedOn"/>.</param>
/// <param name="Requirement">What must be rectified; not empty.</param>
public sealed record RectificationOrder(
    RectificationOrderId Id,
    CaseId Case,
    AccountabilitySubject Subject,
    LocalDate IssuedOn,
    LocalDate Deadline,
    string Requirement)
{
    /// <summary>The day the order was met, or null while it is open.</summary>
    public LocalDate? MetOn { get; init; }

    /// <summary>Whether the order is still open (not met).</summary>
    public bool IsOpen => MetOn is null;

    /// <summary>
    /// Whether, as of <paramref name="date"/>, the order is missed: not met by its deadline, either still
    /// open after the deadline or met only after it.
    /// </summary>
    public bool IsMissedOn(LocalDate date) =>
        MetOn is { } met ? met > Deadline && date > Deadline : date > Deadline;

    /// <summary>The order met on <paramref name="on"/>.</summary>
    /// <exception cref="InvalidOperationException">The order was already met (code <c>ACC.ORDER_ALREADY_MET</c>) or <paramref name="on"/> is before it was issued (code <c>ACC.EVENT_BEFORE_PREVIOUS</c>).</exception>
    public RectificationOrder Meet(LocalDate on)
    {
        if (MetOn is { } met)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.OrderAlreadyMet, Id, met);
        }

        if (on < IssuedOn)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.EventBeforePrevious, on, IssuedOn);
        }

        return this with { MetOn = on };
    }
}
