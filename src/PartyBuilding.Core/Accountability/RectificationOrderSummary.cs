using NodaTime;
using PartyBuilding.Core.Accountability.Validation;

namespace PartyBuilding.Core.Accountability;

/// <summary>What a host stores about one rectification order so that specifications can query it. Build one with <see cref="Of"/>.</summary>
public sealed record RectificationOrderSummary
{
    private static readonly RectificationOrderValidator OrderChecks = new();

    /// <summary>The order's id.</summary>
    public required RectificationOrderId Id { get; init; }

    /// <summary>The case the order was issued in.</summary>
    public required CaseId Case { get; init; }

    /// <summary>The subject's key (<see cref="AccountabilitySubject.Key"/>).</summary>
    public required string SubjectKey { get; init; }

    /// <summary>The day the order was issued.</summary>
    public required LocalDate IssuedOn { get; init; }

    /// <summary>The last day on which the order may be met.</summary>
    public required LocalDate Deadline { get; init; }

    /// <summary>The day the order was met; null while open.</summary>
    public LocalDate? MetOn { get; init; }

    /// <summary>The summary of <paramref name="order"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    /// <exception cref="InvalidInputException">The order is malformed (a missing id or subject, an empty requirement, dates out of order).</exception>
    public static RectificationOrderSummary Of(RectificationOrder order)
    {
        OrderChecks.ThrowIfInvalid(order, nameof(order)); // a stored summary is only as good as the order it reads
        return new RectificationOrderSummary
        {
            Id = order.Id,
            Case = order.Case,
            SubjectKey = order.Subject.Key,
            IssuedOn = order.IssuedOn,
            Deadline = order.Deadline,
            MetOn = order.MetOn,
        };
    }
}
