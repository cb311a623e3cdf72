using System.Collections.ObjectModel;
using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Accountability.Validation;

namespace PartyBuilding.Core.Accountability;

/// <summary>
/// An accountability case (问责案件): a complaint pursued to a finding and, when substantiated, a
/// sanction and (when required) its public disclosure. Received → Investigating → Concluded
/// (substantiated / unsubstantiated) → Sanctioned → Disclosed (when required) → Closed; an
/// unsubstantiated case closes right after its finding.
/// </summary>
/// <remarks>
/// <para>
/// The case keeps an append-only <see cref="History"/> of dated events; every command takes its date
/// (the case never reads a clock) and appends one event. An illegal transition, or an event dated
/// before the previous one, throws an <see cref="InvalidOperationException"/> whose message starts with
/// its code and leaves the case unchanged. <see cref="Replay"/> rebuilds the same case from its history.
/// </para>
/// <para>
/// The case keeps the policy version it was opened under: its deadlines, and the escalator deciding its
/// sanction, use that version even after the policy changes. Not thread-safe: one writer at a time.
/// </para>
/// <para>
/// The case trusts no record handed to it: the complaint, the policy version and the finding are validated, and a
/// sanction decision is recomputed from the case's own finding under its own policy version and refused unless it
/// is that decision (level, waiver, steps, disclosure and reasons), dated on or after the finding and no later than
/// the day it is recorded. A history to replay goes through the same checks.
/// </para>
/// </remarks>
public sealed class AccountabilityCase
{
    private static readonly ComplaintValidator ComplaintChecks = new();
    private static readonly FindingValidator FindingChecks = new();
    private static readonly AccountabilityPolicyValidator PolicyChecks = new();
    private static readonly RectificationOrderValidator OrderChecks = new();

    private readonly List<CaseEvent> history;
    private readonly ReadOnlyCollection<CaseEvent> historyView;

    private AccountabilityCase(CaseReceived received, int capacity)
    {
        history = new List<CaseEvent>(capacity) { received };
        historyView = history.AsReadOnly();
        Complaint = received.Complaint;
        Policy = received.Policy;
        ReceivedOn = received.On;
        State = CaseState.Received;
    }

    /// <summary>The case's id.</summary>
    public CaseId Id => Complaint.Id;

    /// <summary>The cadre or organization the case is against.</summary>
    public AccountabilitySubject Subject => Complaint.Subject;

    /// <summary>The complaint that opened the case.</summary>
    public Complaint Complaint { get; }

    /// <summary>The policy version the case was opened under.</summary>
    public PolicyVersion<AccountabilityPolicy> Policy { get; }

    /// <summary>The label of the policy version the case was opened under.</summary>
    public string PolicyLabel => Policy.Label;

    /// <summary>The earlier case this one is linked to (opened for a missed rectification order), if any.</summary>
    public CaseId? LinkedCase => Complaint.LinkedCase;

    /// <summary>The current state.</summary>
    public CaseState State { get; private set; }

    /// <summary>The history, oldest first; it only ever grows, and no cast makes it writable.</summary>
    public IReadOnlyList<CaseEvent> History => historyView;

    /// <summary>The day the complaint was received.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>The day the case was accepted for investigation, if it has been.</summary>
    public LocalDate? AcceptedOn { get; private set; }

    /// <summary>The day the conclusion deadline was extended, if it has been.</summary>
    public LocalDate? ExtendedOn { get; private set; }

    /// <summary>The days the conclusion deadline was extended by (0 without an extension).</summary>
    public int ExtensionDays { get; private set; }

    /// <summary>The stated reason of the extension, if any.</summary>
    public string? ExtensionReason { get; private set; }

    /// <summary>The day of the finding, if any.</summary>
    public LocalDate? ConcludedOn { get; private set; }

    /// <summary>The finding, if the case is concluded.</summary>
    public Finding? Finding { get; private set; }

    /// <summary>The day the sanction decision was recorded, if any.</summary>
    public LocalDate? SanctionedOn { get; private set; }

    /// <summary>The sanction decision, if recorded.</summary>
    public SanctionDecision? Decision { get; private set; }

    /// <summary>The day of public disclosure, if any.</summary>
    public LocalDate? DisclosedOn { get; private set; }

    /// <summary>The day the case was closed, if it is.</summary>
    public LocalDate? ClosedOn { get; private set; }

    /// <summary>Whether the recorded sanction must be disclosed before the case closes.</summary>
    public bool RequiresDisclosure => Decision?.RequiresDisclosure == true;

    /// <summary>Whether the finding substantiated the complaint.</summary>
    public bool IsSubstantiated => Finding?.Outcome == FindingOutcome.Substantiated;

    /// <summary>The last day on which the complaint may be registered and routed: receipt plus the policy's days.</summary>
    public LocalDate RegistrationDeadline => CalendarEnds.PlusDays(ReceivedOn, Policy.Policy.RegisterWithinDays);

    /// <summary>
    /// The last day on which the investigation may be concluded: acceptance plus the policy's days plus
    /// any extension; null before acceptance.
    /// </summary>
    public LocalDate? ConclusionDeadline => AcceptedOn is { } accepted ? CalendarEnds.PlusDays(accepted, (long)Policy.Policy.ConcludeWithinDays + ExtensionDays) : null;

    /// <summary>
    /// Whether the case is overdue on <paramref name="date"/>, judged by what had happened by that day: not
    /// yet accepted after the registration deadline, or accepted and not yet concluded after the
    /// conclusion deadline (with an extension counted from the day it was granted).
    /// </summary>
    /// <remarks>A case is not overdue on its deadline day itself, only from the day after.</remarks>
    public bool IsOverdueOn(LocalDate date)
    {
        if (AcceptedOn is not { } accepted || date < accepted)
        {
            return date > RegistrationDeadline;
        }

        if (ConcludedOn is { } concluded && date >= concluded)
        {
            return false;
        }

        var extension = ExtendedOn is { } extended && extended <= date ? ExtensionDays : 0;
        return date > CalendarEnds.PlusDays(accepted, (long)Policy.Policy.ConcludeWithinDays + extension);
    }

    /// <summary>Opens a case for <paramref name="complaint"/> received on <paramref name="on"/>, under the policy version in force that day.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">The complaint or the policy version is invalid.</exception>
    /// <exception cref="InvalidOperationException">No policy version is in force on <paramref name="on"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    public static AccountabilityCase Receive(Complaint complaint, LocalDate on, PolicySet<AccountabilityPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        return Receive(complaint, on, policies.InForceOn(on));
    }

    /// <summary>Opens a case for <paramref name="complaint"/> received on <paramref name="on"/>, under <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">The complaint or the policy version is invalid.</exception>
    /// <exception cref="InvalidOperationException">The version takes effect after <paramref name="on"/> (code <c>ACC.POLICY_VERSION_NOT_IN_FORCE</c>).</exception>
    public static AccountabilityCase Receive(Complaint complaint, LocalDate on, PolicyVersion<AccountabilityPolicy> policy)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(policy);
        return Open(new CaseReceived(on, complaint, policy), 8);
    }

    /// <summary>
    /// Opens a new case <paramref name="id"/> against the subject of a rectification order it missed
    /// ("failing to improve efficiency"), linked to the order's case, under the policy version in force on <paramref name="on"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">The id or the order is invalid.</exception>
    /// <exception cref="InvalidOperationException">The order is not missed on <paramref name="on"/> (code <c>ACC.ORDER_NOT_MISSED</c>).</exception>
    public static AccountabilityCase OpenForMissedOrder(CaseId id, RectificationOrder order, LocalDate on, PolicySet<AccountabilityPolicy> policies)
    {
        OrderChecks.ThrowIfInvalid(order, nameof(order));
        ArgumentNullException.ThrowIfNull(policies);
        if (!order.IsMissedOn(on))
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.OrderNotMissed, order.Id, order.Deadline, on);
        }

        var complaint = new Complaint(id, order.Subject, $"{order.Id}: {order.Requirement}")
        {
            LinkedCase = order.Case,
            MissedOrder = order.Id,
        };
        return Receive(complaint, on, policies);
    }

    /// <summary>Rebuilds a case from its history: the same state, the same history.</summary>
    /// <param name="history">The events, oldest first, starting with <see cref="CaseReceived"/>; the case keeps its own copy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The history is empty, does not start with the receipt, holds a null event (code <c>COMMON.REQUIRED</c>), or an
    /// event carries invalid input.
    /// </exception>
    /// <exception cref="InvalidOperationException">The history holds an illegal transition or an event out of date order (with its code).</exception>
    public static AccountabilityCase Replay(IEnumerable<CaseEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        AccountabilityCase? replayed = null;
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
            else if (next is CaseReceived received)
            {
                replayed = Open(received, history.TryGetNonEnumeratedCount(out var count) ? count : 8);
            }
            else
            {
                throw Input($"{nameof(history)}[0]", AccountabilityErrorCodes.HistoryNotStartedByReceipt, next);
            }

            index++;
        }

        return replayed ?? throw Input(nameof(history), AccountabilityErrorCodes.HistoryEmpty, null);
    }

    /// <summary>Records that the complaint was registered, routed and accepted for investigation.</summary>
    /// <exception cref="InvalidOperationException">The case is not <see cref="CaseState.Received"/>, or <paramref name="on"/> is before the previous event.</exception>
    public void StartInvestigation(LocalDate on) => Apply(new InvestigationStarted(on));

    /// <summary>Extends the conclusion deadline, once, by <paramref name="days"/> with a stated <paramref name="reason"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="InvalidInputException">The days are not 1 to the policy's maximum, or the reason is blank.</exception>
    /// <exception cref="InvalidOperationException">The case is not under investigation, was extended already, its deadline has passed, or <paramref name="on"/> is before the previous event.</exception>
    public void ExtendDeadline(LocalDate on, int days, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Apply(new DeadlineExtended(on, days, reason));
    }

    /// <summary>Records a progress note on an open case.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="InvalidInputException">The note is blank.</exception>
    /// <exception cref="InvalidOperationException">The case is closed, or <paramref name="on"/> is before the previous event.</exception>
    public void RecordProgress(LocalDate on, string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        Apply(new ProgressRecorded(on, note));
    }

    /// <summary>Records the finding that concludes the investigation.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <exception cref="InvalidInputException">The finding is inconsistent.</exception>
    /// <exception cref="InvalidOperationException">The case is not under investigation, or <paramref name="on"/> is before the previous event.</exception>
    public void Conclude(LocalDate on, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        Apply(new CaseConcluded(on, finding));
    }

    /// <summary>Records the sanction decision (or waiver) of a substantiated case, once it has checked it against its own finding and policy version.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The decision concerns another subject (<c>ACC.DECISION_SUBJECT_MISMATCH</c>), was made under another policy version
    /// (<c>ACC.DECISION_POLICY_MISMATCH</c>), or is not the decision the case's finding gives under its policy version
    /// (<c>ACC.DECISION_MISMATCH</c>, one failure per property that differs: level, waiver, steps, disclosure, reasons).
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// The case is not concluded as substantiated, <paramref name="on"/> is before the previous event, the decision is dated
    /// before the finding (<c>ACC.DECISION_BEFORE_FINDING</c>), or <paramref name="on"/> is before the decision's date
    /// (<c>ACC.SANCTION_BEFORE_DECISION</c>).
    /// </exception>
    public void Sanction(LocalDate on, SanctionDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Apply(new CaseSanctioned(on, decision));
    }

    /// <summary>Records the public disclosure of a sanction that requires it.</summary>
    /// <exception cref="InvalidOperationException">The case is not sanctioned, its sanction does not require disclosure, or <paramref name="on"/> is before the previous event.</exception>
    public void Disclose(LocalDate on) => Apply(new CaseDisclosed(on));

    /// <summary>Closes the case.</summary>
    /// <exception cref="InvalidOperationException">
    /// The case has no finding (<c>ACC.CLOSE_WITHOUT_FINDING</c>), is substantiated without a sanction decision
    /// (<c>ACC.CLOSE_WITHOUT_SANCTION</c>), requires disclosure not yet made (<c>ACC.CLOSE_BEFORE_DISCLOSURE</c>),
    /// is already closed, or <paramref name="on"/> is before the previous event.
    /// </exception>
    public void Close(LocalDate on) => Apply(new CaseClosed(on));

    /// <summary>The facts of the case's finding as a request to decide on <paramref name="decidedOn"/>, under the case's policy version.</summary>
    /// <exception cref="InvalidOperationException">The case is not concluded as substantiated, or <paramref name="decidedOn"/> is before the finding.</exception>
    internal SanctionRequest RequestFor(LocalDate decidedOn, IReadOnlyList<LocalDate> priorSubstantiatedOn)
    {
        if (State != CaseState.Concluded || Finding is not { Outcome: FindingOutcome.Substantiated, Kind: { } kind, Impact: { } impact } finding)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.IllegalTransition, State, nameof(IAccountabilityEscalator.Decide));
        }

        if (decidedOn < ConcludedOn!.Value)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.DecisionBeforeFinding, decidedOn, Id, ConcludedOn.Value);
        }

        return new SanctionRequest
        {
            Subject = Subject,
            Kind = kind,
            Impact = impact,
            DecidedOn = decidedOn,
            PriorSubstantiatedOn = priorSubstantiatedOn,
            ObstructedInvestigation = finding.ObstructedInvestigation,
            MissedRectificationOrder = Complaint.MissedOrder is not null,
            PromptRemedy = finding.PromptRemedy,
            DissentRecorded = finding.DissentRecorded,
            ForceMajeure = finding.ForceMajeure,
            PolicyLabel = PolicyLabel,
        };
    }

    /// <summary>Opens the case a receipt starts, once its complaint and policy version are checked.</summary>
    private static AccountabilityCase Open(CaseReceived received, int capacity)
    {
        var failures = new List<ValidationFailure>();
        if (received.Complaint is null)
        {
            failures.Add(Failures.Of(nameof(CaseReceived.Complaint), CommonErrorCodes.Required, null));
        }
        else
        {
            failures.AddRange(ComplaintChecks.Validate(received.Complaint).Errors);
        }

        var version = received.Policy;
        if (version?.Policy is null)
        {
            failures.Add(Failures.Of(nameof(CaseReceived.Policy), CommonErrorCodes.Required, null));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(version.Label))
            {
                failures.Add(Failures.Of($"{nameof(CaseReceived.Policy)}.{nameof(version.Label)}", CommonErrorCodes.IdEmpty, version.Label));
            }

            failures.AddRange(PolicyChecks.Validate(version.Policy).Errors);
        }

        Failures.ThrowIfAny(failures);
        if (version!.EffectiveFrom > received.On)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.PolicyVersionNotInForce, version.Label, version.EffectiveFrom, received.On);
        }

        return new AccountabilityCase(received, capacity);
    }

    private void Apply(CaseEvent next)
    {
        var previous = history[^1].On;
        if (State == CaseState.Closed)
        {
            throw Illegal(next);
        }

        if (next.On < previous)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.EventBeforePrevious, next.On, previous);
        }

        switch (next)
        {
            case InvestigationStarted started:
                Require(CaseState.Received, next);
                AcceptedOn = started.On;
                State = CaseState.Investigating;
                break;
            case DeadlineExtended extended:
                ApplyExtension(extended);
                break;
            case ProgressRecorded progress:
                if (string.IsNullOrWhiteSpace(progress.Note))
                {
                    throw Input(nameof(ProgressRecorded.Note), AccountabilityErrorCodes.NoteEmpty, progress.Note);
                }

                break;
            case CaseConcluded concluded:
                Require(CaseState.Investigating, next);
                if (concluded.Finding is null)
                {
                    throw Input(nameof(CaseConcluded.Finding), CommonErrorCodes.Required, null);
                }

                FindingChecks.ThrowIfInvalid(concluded.Finding, nameof(CaseConcluded.Finding));
                Finding = concluded.Finding;
                ConcludedOn = concluded.On;
                State = CaseState.Concluded;
                break;
            case CaseSanctioned sanctioned:
                ApplySanction(sanctioned);
                break;
            case CaseDisclosed:
                Require(CaseState.Sanctioned, next);
                if (!RequiresDisclosure)
                {
                    throw IllegalTransition.Of(AccountabilityErrorCodes.DisclosureNotRequired, Id);
                }

                DisclosedOn = next.On;
                State = CaseState.Disclosed;
                break;
            case CaseClosed:
                ApplyClose(next);
                break;
            default:
                throw Illegal(next);
        }

        history.Add(next);
    }

    private void ApplyExtension(DeadlineExtended extended)
    {
        Require(CaseState.Investigating, extended);
        if (ExtendedOn is not null)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.ExtensionAlreadyGranted, Id, ExtendedOn);
        }

        var deadline = ConclusionDeadline!.Value;
        if (extended.On > deadline)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.ExtensionTooLate, extended.On, deadline);
        }

        var max = Policy.Policy.MaxExtensionDays;
        var daysOutOfRange = extended.Days < 1 || extended.Days > max;
        var reasonEmpty = string.IsNullOrWhiteSpace(extended.Reason);
        if (daysOutOfRange || reasonEmpty)
        {
            var failures = new List<ValidationFailure>(2);
            if (daysOutOfRange)
            {
                failures.Add(Failures.Of(nameof(DeadlineExtended.Days), AccountabilityErrorCodes.ExtensionOutOfRange, extended.Days, max, extended.Days));
            }

            if (reasonEmpty)
            {
                failures.Add(Failures.Of(nameof(DeadlineExtended.Reason), AccountabilityErrorCodes.ExtensionReasonEmpty, extended.Reason));
            }

            Failures.ThrowIfAny(failures);
        }

        ExtendedOn = extended.On;
        ExtensionDays = extended.Days;
        ExtensionReason = extended.Reason;
    }

    private void ApplySanction(CaseSanctioned sanctioned)
    {
        Require(CaseState.Concluded, sanctioned);
        if (!IsSubstantiated)
        {
            throw Illegal(sanctioned);
        }

        var decision = sanctioned.Decision ?? throw Input(nameof(CaseSanctioned.Decision), CommonErrorCodes.Required, null);
        if (!Equals(decision.Subject, Subject))
        {
            throw Input(nameof(SanctionDecision.Subject), AccountabilityErrorCodes.DecisionSubjectMismatch, decision.Subject, decision.Subject, Subject);
        }

        if (!string.Equals(decision.PolicyLabel, PolicyLabel, StringComparison.Ordinal))
        {
            throw Input(nameof(SanctionDecision.PolicyLabel), AccountabilityErrorCodes.DecisionPolicyMismatch, decision.PolicyLabel, decision.PolicyLabel, PolicyLabel);
        }

        if (sanctioned.On < decision.DecidedOn)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.SanctionBeforeDecision, sanctioned.On, decision.DecidedOn);
        }

        // The priors are the one fact the case does not hold; the decision's own count stands for them.
        var expected = SanctionRule.Decide(Policy, RequestFor(decision.DecidedOn, []), decision.PriorCases);
        Failures.ThrowIfAny(Mismatches(decision, expected));
        Decision = decision;
        SanctionedOn = sanctioned.On;
        State = CaseState.Sanctioned;
    }

    /// <summary>A failure for every property in which <paramref name="given"/> differs from the decision the finding gives.</summary>
    private List<ValidationFailure> Mismatches(SanctionDecision given, SanctionDecision expected)
    {
        var failures = new List<ValidationFailure>();
        Compare(nameof(SanctionDecision.RequiresDisclosure), given.RequiresDisclosure, expected.RequiresDisclosure);
        Compare(nameof(SanctionDecision.Waived), given.Waived, expected.Waived);
        Compare(nameof(SanctionDecision.Level), given.Level, expected.Level);
        Compare(nameof(SanctionDecision.OrganizationLevel), given.OrganizationLevel, expected.OrganizationLevel);
        Compare(nameof(SanctionDecision.Steps), given.Steps, expected.Steps);
        if (!SameReasons(given.Reasons, expected.Reasons))
        {
            Compare(nameof(SanctionDecision.Reasons), string.Join(", ", given.Reasons.Select(r => r.Code)), string.Join(", ", expected.Reasons.Select(r => r.Code)), force: true);
        }

        return failures;

        void Compare(string property, object? actual, object? wanted, bool force = false)
        {
            if (force || !Equals(actual, wanted))
            {
                failures.Add(Failures.Of(property, AccountabilityErrorCodes.DecisionMismatch, actual, property, actual, Id, PolicyLabel, wanted));
            }
        }
    }

    // Reasons compared by code and figures, which do not depend on the culture either was written in.
    private static bool SameReasons(IReadOnlyList<Reason> left, IReadOnlyList<Reason> right) =>
        left.Count == right.Count
        && left.Zip(right).All(pair => string.Equals(pair.First.Code, pair.Second.Code, StringComparison.Ordinal) && pair.First.Arguments.SequenceEqual(pair.Second.Arguments));

    private void ApplyClose(CaseEvent close)
    {
        switch (State)
        {
            case CaseState.Received or CaseState.Investigating:
                throw IllegalTransition.Of(AccountabilityErrorCodes.CloseWithoutFinding, Id);
            case CaseState.Concluded when IsSubstantiated:
                throw IllegalTransition.Of(AccountabilityErrorCodes.CloseWithoutSanction, Id);
            case CaseState.Sanctioned when RequiresDisclosure:
                throw IllegalTransition.Of(AccountabilityErrorCodes.CloseBeforeDisclosure, Id);
        }

        ClosedOn = close.On;
        State = CaseState.Closed;
    }

    private void Require(CaseState state, CaseEvent next)
    {
        if (State != state)
        {
            throw Illegal(next);
        }
    }

    private InvalidOperationException Illegal(CaseEvent next) =>
        IllegalTransition.Of(AccountabilityErrorCodes.IllegalTransition, State, next.GetType().Name);

    private static InvalidInputException Input(string property, string code, object? attempted, params object?[] arguments) =>
        new([Failures.Of(property, code, attempted, arguments)]);
}
