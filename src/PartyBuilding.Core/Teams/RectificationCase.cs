using System.Collections.ObjectModel;
using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Teams.Validation;

namespace PartyBuilding.Core.Teams;

/// <summary>
/// The rectification (整顿) of a team identified as weak and lax: Identified → PlanApproved → ProgressChecked →
/// Accepted, with at most one extension (after the progress check, on or before the deadline, with a reason).
/// </summary>
/// <remarks>
/// <para>
/// An append-only <see cref="History"/> of dated events; every command takes its date (the case reads no clock)
/// and appends one event. An illegal transition, or an event dated before the previous one, throws an
/// <see cref="InvalidOperationException"/> whose message starts with its code and leaves the case unchanged;
/// invalid input throws an <see cref="InvalidInputException"/>. <see cref="Replay"/> rebuilds the same case.
/// </para>
/// <para>
/// The case keeps the policy version in force on the identification day: its progress check and deadline use
/// it after the policy changes. Not thread-safe: one writer at a time.
/// </para>
/// </remarks>
public sealed class RectificationCase
{
    private static readonly TeamsPolicyValidator PolicyChecks = new();

    private readonly List<RectificationEvent> history;
    private readonly ReadOnlyCollection<RectificationEvent> historyView;

    private RectificationCase(TeamIdentified identified)
    {
        history = [identified];
        historyView = history.AsReadOnly();
        Id = identified.Id;
        Organization = identified.Organization;
        Criteria = identified.Criteria;
        Policy = identified.Policy;
        IdentifiedOn = identified.On;
    }

    /// <summary>The case's id.</summary>
    public RectificationCaseId Id { get; }

    /// <summary>The team's organization.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The criteria the team was identified by.</summary>
    public IReadOnlyList<WeakTeamCriterion> Criteria { get; }

    /// <summary>The policy version the case opened under.</summary>
    public PolicyVersion<TeamsPolicy> Policy { get; }

    /// <summary>The label of the policy version the case opened under.</summary>
    public string PolicyLabel => Policy.Label;

    /// <summary>The current state.</summary>
    public RectificationState State { get; private set; }

    /// <summary>The history, oldest first; it only ever grows, and no cast makes it writable.</summary>
    public IReadOnlyList<RectificationEvent> History => historyView;

    /// <summary>The day of identification.</summary>
    public LocalDate IdentifiedOn { get; }

    /// <summary>The day the plan was approved, if it was.</summary>
    public LocalDate? PlanApprovedOn { get; private set; }

    /// <summary>The day of the progress check, if made.</summary>
    public LocalDate? ProgressCheckedOn { get; private set; }

    /// <summary>The day the extension was granted, if it was.</summary>
    public LocalDate? ExtendedOn { get; private set; }

    /// <summary>The months of the extension (0 without one).</summary>
    public int ExtensionMonths { get; private set; }

    /// <summary>The stated reason of the extension, if any.</summary>
    public string? ExtensionReason { get; private set; }

    /// <summary>The day of acceptance, if accepted.</summary>
    public LocalDate? AcceptedOn { get; private set; }

    /// <summary>The last day on which the progress check is on time: identification plus the policy's months.</summary>
    public LocalDate ProgressCheckDue => CalendarEnds.PlusMonths(IdentifiedOn, Policy.Policy.ProgressCheckMonths);

    /// <summary>The last day on which acceptance is on time: identification plus the policy's months plus any extension.</summary>
    public LocalDate Deadline => CalendarEnds.PlusMonths(IdentifiedOn, (long)Policy.Policy.RectificationMonths + ExtensionMonths);

    /// <summary>
    /// Whether the rectification is overdue on <paramref name="date"/>, judged by what had happened by that day: not
    /// accepted after the deadline (with an extension counted from the day it was granted). Not on the deadline day.
    /// </summary>
    public bool IsOverdueOn(LocalDate date)
    {
        if (AcceptedOn is { } accepted && accepted <= date)
        {
            return false;
        }

        var extension = ExtendedOn is { } extended && extended <= date ? ExtensionMonths : 0;
        return date > CalendarEnds.PlusMonths(IdentifiedOn, (long)Policy.Policy.RectificationMonths + extension);
    }

    /// <summary>Whether the progress check is overdue on <paramref name="date"/>: not made by that day, after its due day.</summary>
    public bool IsProgressCheckOverdueOn(LocalDate date) =>
        !(ProgressCheckedOn is { } checkedOn && checkedOn <= date) && date > ProgressCheckDue;

    /// <summary>Opens the rectification of <paramref name="organization"/>, identified on <paramref name="on"/> by <paramref name="criteria"/>, under the version in force that day.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> or <paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">An id is missing, the criteria are empty, undefined or repeated, or the version is inconsistent.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="on"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    public static RectificationCase Identify(RectificationCaseId id, OrganizationId organization, IEnumerable<WeakTeamCriterion> criteria, LocalDate on, PolicySet<TeamsPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(policies);
        return Open(new TeamIdentified(on, id, organization, criteria, policies.InForceOn(on)));
    }

    /// <summary>Opens the rectification of the team <paramref name="assessment"/> found weak and lax, by the criteria it met, on or after its as-of date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> or <paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">The id is missing, or the assessment is not weak and lax (code <c>TEAM.NOT_WEAK_AND_LAX</c>).</exception>
    /// <exception cref="InvalidOperationException"><paramref name="on"/> is before the assessment (code <c>TEAM.EVENT_BEFORE_PREVIOUS</c>), or no version is in force on it.</exception>
    public static RectificationCase Identify(RectificationCaseId id, WeakTeamAssessment assessment, LocalDate on, PolicySet<TeamsPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (!assessment.IsWeakAndLax)
        {
            throw Input(nameof(assessment), TeamsErrorCodes.NotWeakAndLax, assessment.Organization, assessment.Organization);
        }

        if (on < assessment.AsOf)
        {
            throw IllegalTransition.Of(TeamsErrorCodes.EventBeforePrevious, on, assessment.AsOf);
        }

        return Identify(id, assessment.Organization, assessment.CriteriaMet, on, policies);
    }

    /// <summary>Rebuilds a case from its history: the same state, the same history.</summary>
    /// <param name="history">The events, oldest first, starting with <see cref="TeamIdentified"/>; the case keeps its own copy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="InvalidInputException">The history is empty, does not start with the identification, holds a null event, or an event carries invalid input.</exception>
    /// <exception cref="InvalidOperationException">The history holds an illegal transition or an event out of date order.</exception>
    public static RectificationCase Replay(IEnumerable<RectificationEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        RectificationCase? replayed = null;
        var index = 0;
        foreach (var next in history)
        {
            if (next is null)
            {
                throw Input($"{nameof(history)}[{index}]", CommonErrorCodes.Required, null);
            }

            replayed = replayed is not null ? replayed.Apply(next)
                : next is TeamIdentified identified ? Open(identified)
                : throw Input($"{nameof(history)}[0]", TeamsErrorCodes.HistoryNotStartedByIdentification, next);
            index++;
        }

        return replayed ?? throw Input(nameof(history), TeamsErrorCodes.HistoryEmpty, null);
    }

    /// <summary>Records the approval of the rectification plan.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="InvalidInputException">The plan is blank (code <c>TEAM.TEXT_EMPTY</c>).</exception>
    /// <exception cref="InvalidOperationException">The case is not <see cref="RectificationState.Identified"/>, or <paramref name="on"/> is before the previous event.</exception>
    public void ApprovePlan(LocalDate on, string plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Apply(new PlanApproved(on, plan));
    }

    /// <summary>Records the progress check.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="InvalidInputException">The note is blank (code <c>TEAM.TEXT_EMPTY</c>).</exception>
    /// <exception cref="InvalidOperationException">The case is not <see cref="RectificationState.PlanApproved"/>, or <paramref name="on"/> is before the previous event.</exception>
    public void CheckProgress(LocalDate on, string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        Apply(new ProgressChecked(on, note));
    }

    /// <summary>Extends the deadline, once, by <paramref name="months"/> with a stated <paramref name="reason"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="InvalidInputException">The months are not 1 to the policy's maximum, or the reason is blank.</exception>
    /// <exception cref="InvalidOperationException">The case is not <see cref="RectificationState.ProgressChecked"/>, was extended already, its deadline has passed, or <paramref name="on"/> is before the previous event.</exception>
    public void Extend(LocalDate on, int months, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Apply(new RectificationExtended(on, months, reason));
    }

    /// <summary>Records the acceptance of the rectification.</summary>
    /// <exception cref="InvalidOperationException">The case is not <see cref="RectificationState.ProgressChecked"/>, or <paramref name="on"/> is before the previous event.</exception>
    public void Accept(LocalDate on) => Apply(new RectificationAccepted(on));

    private static RectificationCase Open(TeamIdentified identified)
    {
        var failures = new List<ValidationFailure>();
        if (string.IsNullOrEmpty(identified.Id.Value))
        {
            failures.Add(Failures.Of(nameof(TeamIdentified.Id), TeamsErrorCodes.IdMissing, identified.Id));
        }

        if (string.IsNullOrEmpty(identified.Organization.Value))
        {
            failures.Add(Failures.Of(nameof(TeamIdentified.Organization), TeamsErrorCodes.IdMissing, identified.Organization));
        }

        if (identified.Criteria is not { Count: > 0 } criteria)
        {
            failures.Add(Failures.Of(nameof(TeamIdentified.Criteria), TeamsErrorCodes.CriteriaEmpty, null));
        }
        else
        {
            var seen = new HashSet<WeakTeamCriterion>();
            for (var i = 0; i < criteria.Count; i++)
            {
                var property = $"{nameof(TeamIdentified.Criteria)}[{i}]";
                if (!Enum.IsDefined(criteria[i]))
                {
                    failures.Add(Failures.Of(property, TeamsErrorCodes.EnumUndefined, criteria[i]));
                }
                else if (!seen.Add(criteria[i]))
                {
                    failures.Add(Failures.Of(property, TeamsErrorCodes.CriterionDuplicate, criteria[i], criteria[i]));
                }
            }
        }

        var version = identified.Policy;
        if (version?.Policy is null || string.IsNullOrWhiteSpace(version.Label))
        {
            failures.Add(Failures.Of(nameof(TeamIdentified.Policy), CommonErrorCodes.Required, null));
        }
        else
        {
            failures.AddRange(PolicyChecks.Validate(version.Policy).Errors);
        }

        Failures.ThrowIfAny(failures);
        if (version!.EffectiveFrom > identified.On)
        {
            throw IllegalTransition.Of(TeamsErrorCodes.PolicyVersionNotInForce, version.Label, version.EffectiveFrom, identified.On);
        }

        return new RectificationCase(identified);
    }

    private RectificationCase Apply(RectificationEvent next)
    {
        if (State == RectificationState.Accepted)
        {
            throw Illegal(next);
        }

        var previous = history[^1].On;
        if (next.On < previous)
        {
            throw IllegalTransition.Of(TeamsErrorCodes.EventBeforePrevious, next.On, previous);
        }

        switch (next)
        {
            case PlanApproved approved:
                Require(RectificationState.Identified, next);
                RequireText(approved.Plan, nameof(PlanApproved.Plan));
                PlanApprovedOn = approved.On;
                State = RectificationState.PlanApproved;
                break;
            case ProgressChecked progress:
                Require(RectificationState.PlanApproved, next);
                RequireText(progress.Note, nameof(ProgressChecked.Note));
                ProgressCheckedOn = progress.On;
                State = RectificationState.ProgressChecked;
                break;
            case RectificationExtended extended:
                ApplyExtension(extended);
                break;
            case RectificationAccepted:
                Require(RectificationState.ProgressChecked, next);
                AcceptedOn = next.On;
                State = RectificationState.Accepted;
                break;
            default:
                throw Illegal(next);
        }

        history.Add(next);
        return this;
    }

    private void ApplyExtension(RectificationExtended extended)
    {
        Require(RectificationState.ProgressChecked, extended);
        if (ExtendedOn is not null)
        {
            throw IllegalTransition.Of(TeamsErrorCodes.ExtensionAlreadyGranted, Id, ExtendedOn);
        }

        if (extended.On > Deadline)
        {
            throw IllegalTransition.Of(TeamsErrorCodes.ExtensionTooLate, extended.On, Deadline);
        }

        var max = Policy.Policy.MaxExtensionMonths;
        var failures = new List<ValidationFailure>(2);
        if (extended.Months < 1 || extended.Months > max)
        {
            failures.Add(Failures.Of(nameof(RectificationExtended.Months), TeamsErrorCodes.ExtensionOutOfRange, extended.Months, extended.Months, max));
        }

        if (string.IsNullOrWhiteSpace(extended.Reason))
        {
            failures.Add(Failures.Of(nameof(RectificationExtended.Reason), TeamsErrorCodes.TextEmpty, extended.Reason, nameof(RectificationExtended.Reason)));
        }

        Failures.ThrowIfAny(failures);
        ExtendedOn = extended.On;
        ExtensionMonths = extended.Months;
        ExtensionReason = extended.Reason;
    }

    private static void RequireText(string? text, string property)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Input(property, TeamsErrorCodes.TextEmpty, text, property);
        }
    }

    private void Require(RectificationState state, RectificationEvent next)
    {
        if (State != state)
        {
            throw Illegal(next);
        }
    }

    private InvalidOperationException Illegal(RectificationEvent next) =>
        IllegalTransition.Of(TeamsErrorCodes.IllegalTransition, State, next.GetType().Name);

    private static InvalidInputException Input(string property, string code, object? attempted, params object?[] arguments) =>
        new([Failures.Of(property, code, attempted, arguments)]);
}
