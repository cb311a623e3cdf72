using System.Collections.ObjectModel;
using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Petitions.Validation;

namespace PartyBuilding.Core.Petitions;

/// <summary>
/// A petition (信访事项) pursued through its limits: received → (transferred) → accepted / not accepted / diverted →
/// answered → review requested → reviewed → re-review requested → re-reviewed (final) → closed.
/// </summary>
/// <remarks>
/// <para>
/// The case keeps an append-only <see cref="History"/> of dated events; every command takes its date (the case never
/// reads a clock) and appends one event. An illegal transition, or an event dated before the previous one, throws an
/// <see cref="InvalidOperationException"/> whose message starts with its code; bad input throws an
/// <see cref="InvalidInputException"/>; either leaves the case unchanged. <see cref="Replay"/> rebuilds the same case.
/// </para>
/// <para>
/// Every deadline comes from the history and the policy version the case was opened under, even after the policy
/// changes: a limit of N days from a start ends on start + N days; the deadline day is on time, the day after overdue.
/// Not thread-safe: one writer at a time.
/// </para>
/// </remarks>
public sealed class PetitionCase
{
    private static readonly PetitionPolicyValidator PolicyChecks = new();

    private readonly List<PetitionEvent> history;
    private readonly ReadOnlyCollection<PetitionEvent> historyView;
    private PetitionTier? sentBy;
    private LocalDate routingFrom;

    private PetitionCase(PetitionIntake intake, PolicyVersion<PetitionPolicy> policy, PetitionEvent received, int capacity)
    {
        history = new List<PetitionEvent>(capacity) { received };
        historyView = history.AsReadOnly();
        Intake = intake;
        Policy = policy;
        Tier = intake.ReceivedAt;
        routingFrom = intake.ReceivedOn;
    }

    /// <summary>The petition's id.</summary>
    public PetitionId Id => Intake.Id;

    /// <summary>The intake that opened the case.</summary>
    public PetitionIntake Intake { get; }

    /// <summary>The policy version the case was opened under.</summary>
    public PolicyVersion<PetitionPolicy> Policy { get; }

    /// <summary>The label of the policy version the case was opened under.</summary>
    public string PolicyLabel => Policy.Label;

    /// <summary>The current state.</summary>
    public PetitionState State { get; private set; }

    /// <summary>The history, oldest first; it only ever grows, and no cast makes it writable.</summary>
    public IReadOnlyList<PetitionEvent> History => historyView;

    /// <summary>The tier that holds the matter at first instance: where it was received, or where it was transferred.</summary>
    public PetitionTier Tier { get; private set; }

    /// <summary>The tier that reviews the answer (the tier above <see cref="Tier"/>), once a review is requested.</summary>
    public PetitionTier? ReviewTier => ReviewRequestedOn is null ? null : Above(Tier);

    /// <summary>The tier that re-reviews (the tier above the reviewer), once a re-review is requested.</summary>
    public PetitionTier? ReReviewTier => ReReviewRequestedOn is null ? null : Above(Above(Tier));

    /// <summary>The highest tier the matter has reached: the re-reviewer, the reviewer or the tier of first instance.</summary>
    public PetitionTier HighestTier => ReReviewTier ?? ReviewTier ?? Tier;

    /// <summary>The day of receipt.</summary>
    public LocalDate ReceivedOn => Intake.ReceivedOn;

    /// <summary>The day of the transfer now standing, if any.</summary>
    public LocalDate? TransferredOn { get; private set; }

    /// <summary>The day of acceptance, if any.</summary>
    public LocalDate? AcceptedOn { get; private set; }

    /// <summary>The day the handling limit was extended, if it was.</summary>
    public LocalDate? ExtendedOn { get; private set; }

    /// <summary>The days the handling limit was extended by (0 without an extension).</summary>
    public int ExtensionDays { get; private set; }

    /// <summary>The stated reason of the extension, if any.</summary>
    public string? ExtensionReason { get; private set; }

    /// <summary>The procedure the matter was diverted to, if it was.</summary>
    public OtherProcedure? Procedure { get; private set; }

    /// <summary>The day of the written answer, if any.</summary>
    public LocalDate? AnsweredOn { get; private set; }

    /// <summary>The day a review was requested, if one was.</summary>
    public LocalDate? ReviewRequestedOn { get; private set; }

    /// <summary>The day the review was answered, if it was.</summary>
    public LocalDate? ReviewedOn { get; private set; }

    /// <summary>The day a re-review was requested, if one was.</summary>
    public LocalDate? ReReviewRequestedOn { get; private set; }

    /// <summary>The days spent in hearings during the re-review, not counted in its limit.</summary>
    public long HearingDays { get; private set; }

    /// <summary>The day the re-review was answered, if it was.</summary>
    public LocalDate? ReReviewedOn { get; private set; }

    /// <summary>The day the case was closed, if it is.</summary>
    public LocalDate? ClosedOn { get; private set; }

    /// <summary>Whether the petition was re-reviewed: the same request on the same facts is not accepted again.</summary>
    public bool IsFinal => ReReviewedOn is not null;

    /// <summary>The last day to register and transfer, assign or decide on the petition: receipt (or a returned transfer) plus the policy's days.</summary>
    public LocalDate RoutingDeadline => CalendarEnds.PlusDays(routingFrom, Policy.Policy.RegisterWithinDays);

    /// <summary>The last day to tell the petitioner whether it is accepted: the handling tier's receipt plus the policy's days.</summary>
    public LocalDate AcceptanceDeadline => CalendarEnds.PlusDays(TransferredOn ?? routingFrom, Policy.Policy.NotifyWithinDays);

    /// <summary>The last day the receiver of the standing transfer may object to it, in the policy's working days; null without a transfer.</summary>
    public LocalDate? ObjectionDeadline => TransferredOn is { } on ? Policy.Policy.WorkingDays.PlusWorkingDays(on, Policy.Policy.ObjectionWorkingDays) : null;

    /// <summary>The last day to answer: acceptance plus the policy's days plus any extension; null before acceptance.</summary>
    public LocalDate? HandlingDeadline => AcceptedOn is { } on ? CalendarEnds.PlusDays(on, (long)Policy.Policy.HandleWithinDays + ExtensionDays) : null;

    /// <summary>The last day to request a review: the answer plus the policy's days; null before the answer.</summary>
    public LocalDate? ReviewRequestDeadline => AnsweredOn is { } on ? CalendarEnds.PlusDays(on, Policy.Policy.ReviewRequestWithinDays) : null;

    /// <summary>The last day to answer the review; null before it is requested.</summary>
    public LocalDate? ReviewDeadline => ReviewRequestedOn is { } on ? CalendarEnds.PlusDays(on, Policy.Policy.ReviewWithinDays) : null;

    /// <summary>The last day to request a re-review: the review's answer plus the policy's days; null before it.</summary>
    public LocalDate? ReReviewRequestDeadline => ReviewedOn is { } on ? CalendarEnds.PlusDays(on, Policy.Policy.ReReviewRequestWithinDays) : null;

    /// <summary>The last day to answer the re-review, hearing days added; null before it is requested.</summary>
    public LocalDate? ReReviewDeadline => ReReviewRequestedOn is { } on ? CalendarEnds.PlusDays(on, Policy.Policy.ReReviewWithinDays + HearingDays) : null;

    /// <summary>
    /// The deadline of the stage the case stands in while someone owes the petitioner a step: routing and telling whether
    /// accepted (<see cref="PetitionState.Received"/>), the answer, the review, the re-review; null in any other state.
    /// </summary>
    public LocalDate? DueOn => State switch
    {
        PetitionState.Received => TransferredOn is null && RoutingDeadline < AcceptanceDeadline ? RoutingDeadline : AcceptanceDeadline,
        PetitionState.Accepted => HandlingDeadline,
        PetitionState.ReviewRequested => ReviewDeadline,
        PetitionState.ReReviewRequested => ReReviewDeadline,
        _ => null,
    };

    /// <summary>Whether the answer came within the handling limit; null before the answer.</summary>
    public bool? AnsweredWithinLimit => AnsweredOn is { } on ? on <= HandlingDeadline : null;

    /// <summary>Whether the case, as it stands, is past the deadline of its stage (<see cref="DueOn"/>) on <paramref name="date"/>.</summary>
    /// <remarks>Not overdue on the deadline day itself, only from the day after.</remarks>
    public bool IsOverdueOn(LocalDate date) => DueOn is { } due && date > due;

    /// <summary>Opens a case for <paramref name="intake"/> under the policy version in force on its day of receipt.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">The intake is invalid under that version.</exception>
    /// <exception cref="InvalidOperationException">No policy version is in force on the day of receipt (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    public static PetitionCase Receive(PetitionIntake intake, PolicySet<PetitionPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(policies);
        return Receive(intake, policies.InForceOn(intake.ReceivedOn));
    }

    /// <summary>Opens a case for <paramref name="intake"/> under <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">The intake or the policy version is invalid.</exception>
    /// <exception cref="InvalidOperationException">The version takes effect after the day of receipt (code <c>PET.POLICY_VERSION_NOT_IN_FORCE</c>).</exception>
    public static PetitionCase Receive(PetitionIntake intake, PolicyVersion<PetitionPolicy> policy) =>
        Open(intake, policy, 8);

    /// <summary>Rebuilds a case from its intake, policy version and history: the same state, the same history.</summary>
    /// <param name="intake">The intake that opened the case.</param>
    /// <param name="policy">The policy version it was opened under.</param>
    /// <param name="history">The events, oldest first, starting with <see cref="PetitionAction.Received"/> on the day of receipt; the case keeps its own copy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">The history is empty, does not start with the receipt, holds a null event, or an event carries invalid input.</exception>
    /// <exception cref="InvalidOperationException">The history holds an illegal transition or an event out of date order (with its code).</exception>
    public static PetitionCase Replay(PetitionIntake intake, PolicyVersion<PetitionPolicy> policy, IEnumerable<PetitionEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        PetitionCase? replayed = null;
        var index = 0;
        foreach (var next in history)
        {
            if (next is null)
            {
                throw Input($"{nameof(history)}[{index}]", CommonErrorCodes.Required, null);
            }

            if (replayed is not null)
            {
                replayed.Apply(next);
            }
            else if (next.Action == PetitionAction.Received && intake is not null && next.On == intake.ReceivedOn && next.Tier == intake.ReceivedAt)
            {
                replayed = Open(intake, policy, history.TryGetNonEnumeratedCount(out var count) ? count : 8);
            }
            else
            {
                throw Input($"{nameof(history)}[0]", PetitionErrorCodes.HistoryNotStartedByReceipt, next);
            }

            index++;
        }

        return replayed ?? throw Input(nameof(history), PetitionErrorCodes.HistoryEmpty, null);
    }

    /// <summary>Transfers or assigns the petition, not yet decided on, to <paramref name="tier"/>.</summary>
    /// <exception cref="InvalidInputException">The tier is not one the library routes to (<c>PET.TIER_NOT_ROUTED</c>).</exception>
    /// <exception cref="InvalidOperationException">The case is not <see cref="PetitionState.Received"/>, the tier holds it already (<c>PET.TRANSFER_TO_SAME_TIER</c>), or <paramref name="on"/> is before the previous event.</exception>
    public void Transfer(LocalDate on, PetitionTier tier) => Apply(new PetitionEvent(PetitionAction.Transferred, on) { Tier = tier });

    /// <summary>Records the receiver's objection that a transferred matter is outside its remit: the matter goes back to the tier that sent it, whose routing limit starts again.</summary>
    /// <exception cref="InvalidOperationException">No transfer stands, or the objection is after its working-day limit (<c>PET.OBJECTION_TOO_LATE</c>).</exception>
    public void ObjectToTransfer(LocalDate on) => Apply(new PetitionEvent(PetitionAction.TransferObjected, on));

    /// <summary>Accepts the petition for handling at <see cref="Tier"/>.</summary>
    /// <exception cref="InvalidOperationException">The case is not <see cref="PetitionState.Received"/>, or <paramref name="on"/> is before the previous event.</exception>
    public void Accept(LocalDate on) => Apply(new PetitionEvent(PetitionAction.Accepted, on));

    /// <summary>Records that the petition is not accepted, on stated <paramref name="grounds"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="grounds"/> is null.</exception>
    /// <exception cref="InvalidInputException">The grounds are blank (<c>PET.REASON_EMPTY</c>).</exception>
    /// <exception cref="InvalidOperationException">The case is not <see cref="PetitionState.Received"/>, or <paramref name="on"/> is before the previous event.</exception>
    public void NotAccept(LocalDate on, string grounds)
    {
        ArgumentNullException.ThrowIfNull(grounds);
        Apply(new PetitionEvent(PetitionAction.NotAccepted, on) { Note = grounds });
    }

    /// <summary>Diverts the petition to <paramref name="procedure"/>.</summary>
    /// <exception cref="InvalidInputException">The procedure is undefined (<c>PET.ENUM_UNDEFINED</c>).</exception>
    /// <exception cref="InvalidOperationException">The case is not <see cref="PetitionState.Received"/>, or <paramref name="on"/> is before the previous event.</exception>
    public void Divert(LocalDate on, OtherProcedure procedure) => Apply(new PetitionEvent(PetitionAction.Diverted, on) { Procedure = procedure });

    /// <summary>Extends the handling limit, once, by <paramref name="days"/> with a stated <paramref name="reason"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="InvalidInputException">The days are not 1 to the policy's maximum, or the reason is blank.</exception>
    /// <exception cref="InvalidOperationException">The case is not accepted, was extended already, its limit has passed, or <paramref name="on"/> is before the previous event.</exception>
    public void ExtendHandling(LocalDate on, int days, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Apply(new PetitionEvent(PetitionAction.Extended, on) { Days = days, Note = reason });
    }

    /// <summary>Records the written answer.</summary>
    /// <exception cref="InvalidOperationException">The case is not accepted, or <paramref name="on"/> is before the previous event.</exception>
    public void Answer(LocalDate on) => Apply(new PetitionEvent(PetitionAction.Answered, on));

    /// <summary>Records the petitioner's request for a review by the tier above.</summary>
    /// <exception cref="InvalidOperationException">The case is not answered, the request is after its limit (<c>PET.REVIEW_TOO_LATE</c>), or the petition is final (<c>PET.FINAL</c>).</exception>
    public void RequestReview(LocalDate on) => Apply(new PetitionEvent(PetitionAction.ReviewRequested, on));

    /// <summary>Records the review's answer.</summary>
    /// <exception cref="InvalidOperationException">No review is requested, or <paramref name="on"/> is before the previous event.</exception>
    public void AnswerReview(LocalDate on) => Apply(new PetitionEvent(PetitionAction.Reviewed, on));

    /// <summary>Records the petitioner's request for a re-review by the tier above the reviewer.</summary>
    /// <exception cref="InvalidOperationException">The review is not answered, the request is after its limit (<c>PET.REREVIEW_TOO_LATE</c>), or the petition is final (<c>PET.FINAL</c>).</exception>
    public void RequestReReview(LocalDate on) => Apply(new PetitionEvent(PetitionAction.ReReviewRequested, on));

    /// <summary>Records a hearing of <paramref name="days"/> days in the re-review; they are not counted in its limit.</summary>
    /// <exception cref="InvalidInputException">The days are not positive (<c>PET.HEARING_DAYS_INVALID</c>).</exception>
    /// <exception cref="InvalidOperationException">No re-review is requested, or <paramref name="on"/> is before the previous event.</exception>
    public void HoldHearing(LocalDate on, int days) => Apply(new PetitionEvent(PetitionAction.HearingHeld, on) { Days = days });

    /// <summary>Records the re-review's answer: the petition is final.</summary>
    /// <exception cref="InvalidOperationException">No re-review is requested, or <paramref name="on"/> is before the previous event.</exception>
    public void AnswerReReview(LocalDate on) => Apply(new PetitionEvent(PetitionAction.ReReviewed, on));

    /// <summary>Closes the case: not accepted, diverted, re-reviewed, or answered (or reviewed) once the petitioner's limit to appeal has passed.</summary>
    /// <exception cref="InvalidOperationException">The case cannot close yet (<c>PET.CLOSE_WHILE_APPEAL_OPEN</c>, <c>PET.ILLEGAL_TRANSITION</c>), or <paramref name="on"/> is before the previous event.</exception>
    public void Close(LocalDate on) => Apply(new PetitionEvent(PetitionAction.Closed, on));

    private static PetitionCase Open(PetitionIntake intake, PolicyVersion<PetitionPolicy> policy, int capacity)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(policy);
        var failures = new List<ValidationFailure>();
        if (policy.Policy is null)
        {
            failures.Add(Failures.Of(nameof(Policy), CommonErrorCodes.Required, null));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(policy.Label))
            {
                failures.Add(Failures.Of($"{nameof(Policy)}.{nameof(policy.Label)}", CommonErrorCodes.IdEmpty, policy.Label));
            }

            var policyFailures = PolicyChecks.Validate(policy.Policy).Errors;
            failures.AddRange(policyFailures);
            if (policyFailures.Count == 0)
            {
                failures.AddRange(new PetitionIntakeValidator(policy.Policy).Validate(intake).Errors);
            }
        }

        Failures.ThrowIfAny(failures);
        if (policy.EffectiveFrom > intake.ReceivedOn)
        {
            throw IllegalTransition.Of(PetitionErrorCodes.PolicyVersionNotInForce, policy.Label, policy.EffectiveFrom, intake.ReceivedOn);
        }

        return new PetitionCase(intake, policy, new PetitionEvent(PetitionAction.Received, intake.ReceivedOn) { Tier = intake.ReceivedAt }, capacity);
    }

    private void Apply(PetitionEvent next)
    {
        var previous = history[^1].On;
        if (State == PetitionState.Closed)
        {
            throw next.Action is PetitionAction.ReviewRequested or PetitionAction.ReReviewRequested && IsFinal
                ? IllegalTransition.Of(PetitionErrorCodes.Final, Id)
                : Illegal(next);
        }

        if (next.On < previous)
        {
            throw IllegalTransition.Of(PetitionErrorCodes.EventBeforePrevious, next.On, previous);
        }

        var policy = Policy.Policy;
        switch (next.Action)
        {
            case PetitionAction.Transferred:
                Require(PetitionState.Received, next);
                if (next.Tier is not { } tier || !PetitionIntakeValidator.IsRouted(tier))
                {
                    throw Input(nameof(PetitionEvent.Tier), PetitionErrorCodes.TierNotRouted, next.Tier);
                }

                if (tier == Tier)
                {
                    throw IllegalTransition.Of(PetitionErrorCodes.TransferToSameTier, Id, PetitionName.Of(tier));
                }

                sentBy = Tier;
                Tier = tier;
                TransferredOn = next.On;
                break;
            case PetitionAction.TransferObjected:
                Require(PetitionState.Received, next);
                if (ObjectionDeadline is not { } objectBy)
                {
                    throw Illegal(next);
                }

                if (next.On > objectBy)
                {
                    throw IllegalTransition.Of(PetitionErrorCodes.ObjectionTooLate, next.On, objectBy);
                }

                Tier = sentBy!.Value;
                sentBy = null;
                TransferredOn = null;
                routingFrom = next.On;
                break;
            case PetitionAction.Accepted:
                Require(PetitionState.Received, next);
                AcceptedOn = next.On;
                State = PetitionState.Accepted;
                break;
            case PetitionAction.NotAccepted:
                Require(PetitionState.Received, next);
                RequireText(next.Note);
                State = PetitionState.NotAccepted;
                break;
            case PetitionAction.Diverted:
                Require(PetitionState.Received, next);
                if (next.Procedure is not { } procedure || !Enum.IsDefined(procedure))
                {
                    throw Input(nameof(PetitionEvent.Procedure), PetitionErrorCodes.EnumUndefined, next.Procedure);
                }

                Procedure = procedure;
                State = PetitionState.Diverted;
                break;
            case PetitionAction.Extended:
                ApplyExtension(next, policy);
                break;
            case PetitionAction.Answered:
                Require(PetitionState.Accepted, next);
                AnsweredOn = next.On;
                State = PetitionState.Answered;
                break;
            case PetitionAction.ReviewRequested:
                RequireNotFinal();
                Require(PetitionState.Answered, next);
                if (next.On > ReviewRequestDeadline)
                {
                    throw IllegalTransition.Of(PetitionErrorCodes.ReviewTooLate, next.On, ReviewRequestDeadline);
                }

                ReviewRequestedOn = next.On;
                State = PetitionState.ReviewRequested;
                break;
            case PetitionAction.Reviewed:
                Require(PetitionState.ReviewRequested, next);
                ReviewedOn = next.On;
                State = PetitionState.Reviewed;
                break;
            case PetitionAction.ReReviewRequested:
                RequireNotFinal();
                Require(PetitionState.Reviewed, next);
                if (next.On > ReReviewRequestDeadline)
                {
                    throw IllegalTransition.Of(PetitionErrorCodes.ReReviewTooLate, next.On, ReReviewRequestDeadline);
                }

                ReReviewRequestedOn = next.On;
                State = PetitionState.ReReviewRequested;
                break;
            case PetitionAction.HearingHeld:
                Require(PetitionState.ReReviewRequested, next);
                if (next.Days < 1)
                {
                    throw Input(nameof(PetitionEvent.Days), PetitionErrorCodes.HearingDaysInvalid, next.Days, next.Days);
                }

                HearingDays += next.Days;
                break;
            case PetitionAction.ReReviewed:
                Require(PetitionState.ReReviewRequested, next);
                ReReviewedOn = next.On;
                State = PetitionState.ReReviewed;
                break;
            case PetitionAction.Closed:
                ApplyClose(next);
                break;
            default:
                throw Illegal(next);
        }

        history.Add(next);
    }

    private void ApplyExtension(PetitionEvent extended, PetitionPolicy policy)
    {
        Require(PetitionState.Accepted, extended);
        if (ExtendedOn is not null)
        {
            throw IllegalTransition.Of(PetitionErrorCodes.ExtensionAlreadyGranted, Id, ExtendedOn);
        }

        var deadline = HandlingDeadline!.Value;
        if (extended.On > deadline)
        {
            throw IllegalTransition.Of(PetitionErrorCodes.ExtensionTooLate, extended.On, deadline);
        }

        var failures = new List<ValidationFailure>(2);
        if (extended.Days < 1 || extended.Days > policy.MaxExtensionDays)
        {
            failures.Add(Failures.Of(nameof(PetitionEvent.Days), PetitionErrorCodes.ExtensionOutOfRange, extended.Days, extended.Days, policy.MaxExtensionDays));
        }

        if (string.IsNullOrWhiteSpace(extended.Note))
        {
            failures.Add(Failures.Of(nameof(PetitionEvent.Note), PetitionErrorCodes.ReasonEmpty, extended.Note));
        }

        Failures.ThrowIfAny(failures);
        ExtendedOn = extended.On;
        ExtensionDays = extended.Days;
        ExtensionReason = extended.Note;
    }

    private void ApplyClose(PetitionEvent close)
    {
        switch (State)
        {
            case PetitionState.Answered when close.On <= ReviewRequestDeadline:
                throw IllegalTransition.Of(PetitionErrorCodes.CloseWhileAppealOpen, Id, ReviewRequestDeadline);
            case PetitionState.Reviewed when close.On <= ReReviewRequestDeadline:
                throw IllegalTransition.Of(PetitionErrorCodes.CloseWhileAppealOpen, Id, ReReviewRequestDeadline);
            case PetitionState.Answered or PetitionState.Reviewed or PetitionState.ReReviewed or PetitionState.NotAccepted or PetitionState.Diverted:
                break;
            default:
                throw Illegal(close);
        }

        ClosedOn = close.On;
        State = PetitionState.Closed;
    }

    private static PetitionTier Above(PetitionTier tier) => tier >= PetitionTier.County ? PetitionTier.AboveCounty : tier + 1;

    private void Require(PetitionState state, PetitionEvent next)
    {
        if (State != state)
        {
            throw Illegal(next);
        }
    }

    private void RequireNotFinal()
    {
        if (IsFinal)
        {
            throw IllegalTransition.Of(PetitionErrorCodes.Final, Id);
        }
    }

    private static void RequireText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Input(nameof(PetitionEvent.Note), PetitionErrorCodes.ReasonEmpty, text);
        }
    }

    private InvalidOperationException Illegal(PetitionEvent next) =>
        IllegalTransition.Of(PetitionErrorCodes.IllegalTransition, State, next.Action);

    private static InvalidInputException Input(string property, string code, object? attempted, params object?[] arguments) =>
        new([Failures.Of(property, code, attempted, arguments)]);
}
