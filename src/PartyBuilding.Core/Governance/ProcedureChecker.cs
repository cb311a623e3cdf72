using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Governance.Validation;

namespace PartyBuilding.Core.Governance;

/// <summary>
/// Checks major-matter procedures with the policy version in force on the day each matter was decided.
/// </summary>
/// <remarks>
/// <para>Township: a matter of a "three majors" kind, or an expenditure from <see cref="GovernancePolicy.LargeSumThreshold"/>,
/// is decided by the committee meeting with its quorum and majority; the office meeting alone does not decide it.</para>
/// <para>Village (四议两公开): each of the six steps in order (a step may share its day with the one before), each meeting
/// with its quorum and majority, party members told <see cref="GovernancePolicy.MembersNoticeDaysBefore"/> days before
/// their meeting, an expenditure from <see cref="GovernancePolicy.JointSignatureThreshold"/> signed jointly (joint
/// consultation), the resolution disclosed within <see cref="GovernancePolicy.MajorMatterDisclosureDays"/> days, and
/// each notice posted <see cref="GovernancePolicy.NoticePostedDays"/> days at least.</para>
/// <para>Pure, deterministic and thread-safe.</para>
/// </remarks>
public sealed class ProcedureChecker : IProcedureChecker
{
    private const int Notice = 6;
    private const int Office = 7;
    private const int Committee = 8;
    private static readonly DeliberationStep[] Steps = Enum.GetValues<DeliberationStep>();
    private static readonly MajorMatterValidator MatterValidator = new();
    private static readonly ProcedureRecordValidator RecordValidator = new();
    private readonly PolicySet<GovernancePolicy> policies;

    /// <summary>Creates the checker with policy versions; each matter is checked under the version in force on its decision's date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent; every failure is listed.</exception>
    public ProcedureChecker(PolicySet<GovernancePolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        this.policies = policies.ThrowIfInvalid(new GovernancePolicyValidator(), nameof(policies));
    }

    /// <inheritdoc />
    public ProcedureCompliance Check(MajorMatter matter, IEnumerable<ProcedureRecord> records)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(records);
        var failures = new List<ValidationFailure>();
        if (!MajorMatterValidator.Accepts(matter))
        {
            failures.AddRange(MatterValidator.Validate(matter).Errors);
        }

        var levelKnown = Enum.IsDefined(matter.Level);

        var slots = new ProcedureRecord?[9];
        LocalDate? latest = null;
        var index = 0;
        foreach (var record in records)
        {
            var at = index++;
            if (record is null || !ProcedureRecordValidator.Accepts(record))
            {
                RecordValidator.AddItemFailures(record, Name(at), failures);
                continue;
            }

            var slot = Slot(record.Kind);
            var level = slot >= Office ? GovernanceLevel.Township : GovernanceLevel.Village;
            if (levelKnown && level != matter.Level)
            {
                failures.Add(Failures.Of(Name(at) + ".Kind", GovernanceErrorCodes.RecordNotForLevel, record.Kind, record.Kind, GovernanceNames.Of(matter.Level)));
            }
            else if (slots[slot] is not null)
            {
                failures.Add(Failures.Of(Name(at) + ".Kind", GovernanceErrorCodes.StepDuplicate, record.Kind, record.Kind));
            }

            slots[slot] = record;
            latest = latest is { } l && l >= record.On ? l : record.On;
        }

        if (latest is null && failures.Count == 0)
        {
            failures.Add(Failures.Of(nameof(records), GovernanceErrorCodes.RecordsEmpty, null));
        }

        Failures.ThrowIfAny(failures);
        var decidedOn = (matter.Level == GovernanceLevel.Township ? slots[Committee] : slots[(int)DeliberationStep.VillagersResolution])?.On ?? latest!.Value;
        var version = policies.InForceOn(decidedOn);
        return matter.Level == GovernanceLevel.Township
            ? Township(matter, slots, decidedOn, version)
            : Village(matter, slots, decidedOn, version);
    }

    private static ProcedureCompliance Township(MajorMatter matter, ProcedureRecord?[] slots, LocalDate decidedOn, PolicyVersion<GovernancePolicy> version)
    {
        var policy = version.Policy;
        var reasons = new List<Reason>(2);
        var major = matter.Kind is MatterKind.MajorDecision or MatterKind.ImportantAppointment or MatterKind.MajorProject
            || matter.Amount >= policy.LargeSumThreshold;
        if (!major)
        {
            reasons.Add(Reason.Of(GovernanceReasonCodes.NotAMajorMatter, GovernanceNames.Of(matter.Kind), matter.Amount, policy.LargeSumThreshold));
        }
        else if (slots[Committee] is not { } committee)
        {
            reasons.Add(Reason.Of(GovernanceReasonCodes.DecidedByOfficeAlone, slots[Office]!.On)); // a township procedure has a record: the office meeting
        }
        else
        {
            Meeting(committee, policy.CommitteeMeeting, GovernanceNames.Committee, reasons);
            if (reasons.Count == 0)
            {
                reasons.Add(Reason.Of(GovernanceReasonCodes.TownshipCompliant, committee.On, committee.Present, committee.Due, committee.VotesFor));
            }
        }

        var compliant = reasons[0].Code is GovernanceReasonCodes.NotAMajorMatter or GovernanceReasonCodes.TownshipCompliant;
        return new ProcedureCompliance(matter.Id, compliant, null, [], reasons, decidedOn, version.Label);
    }

    private static ProcedureCompliance Village(MajorMatter matter, ProcedureRecord?[] slots, LocalDate decidedOn, PolicyVersion<GovernancePolicy> version)
    {
        var policy = version.Policy;
        var reasons = new List<Reason>();
        var failing = new List<DeliberationStep>();
        LocalDate? previous = null;
        foreach (var step in Steps)
        {
            var before = reasons.Count;
            var name = GovernanceNames.Of(step);
            if (slots[(int)step] is not { } record)
            {
                reasons.Add(Reason.Of(GovernanceReasonCodes.StepMissing, name));
            }
            else
            {
                if (previous is { } p && record.On < p)
                {
                    reasons.Add(Reason.Of(GovernanceReasonCodes.StepOutOfOrder, name, record.On, p));
                }

                previous = previous is { } q && q >= record.On ? q : record.On;
                StepRules(step, record, slots, policy, reasons);
            }

            if (step == DeliberationStep.JointConsultation)
            {
                Signature(matter, policy, reasons);
            }

            if (reasons.Count > before)
            {
                failing.Add(step);
            }
        }

        if (failing.Count == 0)
        {
            reasons.Add(Reason.Of(GovernanceReasonCodes.VillageCompliant, policy.LawVersion));
        }

        return new ProcedureCompliance(matter.Id, failing.Count == 0, failing.Count == 0 ? null : failing[0], failing, reasons, decidedOn, version.Label);
    }

    private static void StepRules(DeliberationStep step, ProcedureRecord record, ProcedureRecord?[] slots, GovernancePolicy policy, List<Reason> reasons)
    {
        switch (step)
        {
            case DeliberationStep.BranchProposal:
                Meeting(record, policy.BranchCommitteeMeeting, GovernanceNames.Of(step), reasons);
                break;
            case DeliberationStep.JointConsultation:
                Meeting(record, policy.JointMeeting, GovernanceNames.Of(step), reasons);
                break;
            case DeliberationStep.MembersReview:
                Meeting(record, policy.MembersMeeting, GovernanceNames.Of(step), reasons);
                if (slots[Notice] is not { } notice)
                {
                    reasons.Add(Reason.Of(GovernanceReasonCodes.NoticeMissing, policy.MembersNoticeDaysBefore));
                }
                else if (notice.On > CalendarEnds.MinusDays(record.On, policy.MembersNoticeDaysBefore))
                {
                    reasons.Add(Reason.Of(GovernanceReasonCodes.NoticeLate, notice.On, record.On, policy.MembersNoticeDaysBefore));
                }

                break;
            case DeliberationStep.VillagersResolution:
                Resolution(record, policy, reasons);
                break;
            default:
                if (step == DeliberationStep.ResolutionDisclosure && slots[(int)DeliberationStep.VillagersResolution] is { } resolution
                    && record.On > CalendarEnds.PlusDays(resolution.On, policy.MajorMatterDisclosureDays))
                {
                    reasons.Add(Reason.Of(GovernanceReasonCodes.DisclosureLate, record.On, resolution.On, policy.MajorMatterDisclosureDays));
                }

                if (record.PostedUntil is { } until && until < CalendarEnds.PlusDays(record.On, policy.NoticePostedDays))
                {
                    reasons.Add(Reason.Of(GovernanceReasonCodes.NoticeTakenDownEarly, GovernanceNames.Of(step), record.On, until, policy.NoticePostedDays));
                }

                break;
        }
    }

    private static void Meeting(ProcedureRecord record, MeetingRule rule, LocalizedName name, List<Reason> reasons)
    {
        if (!rule.Quorum.IsMetBy(record.Present, record.Due))
        {
            reasons.Add(Reason.Of(GovernanceReasonCodes.QuorumNotMet, name, record.Present, record.Due, rule.Quorum));
        }

        var counted = rule.PassingCountsDue ? record.Due : record.Present;
        if (counted == 0 || !rule.Passing.IsMetBy(record.VotesFor, counted))
        {
            reasons.Add(Reason.Of(GovernanceReasonCodes.NotPassed, name, record.VotesFor, counted, rule.Passing));
        }
    }

    private static void Resolution(ProcedureRecord record, GovernancePolicy policy, List<Reason> reasons)
    {
        var villagers = record.Kind == ProcedureRecordKind.VillagersMeeting;
        var rule = villagers ? policy.VillagersMeeting : policy.RepresentativesMeeting;
        var article = villagers ? policy.VillagersMeetingArticle : policy.RepresentativesMeetingArticle;
        if (villagers)
        {
            var households = record.HouseholdsDue > 0 && policy.VillagersHouseholdQuorum.IsMetBy(record.HouseholdsPresent, record.HouseholdsDue);
            if (!households && !rule.Quorum.IsMetBy(record.Present, record.Due))
            {
                reasons.Add(Reason.Of(
                    GovernanceReasonCodes.VillagersQuorumNotMet, record.Present, record.Due, rule.Quorum,
                    record.HouseholdsPresent, record.HouseholdsDue, policy.VillagersHouseholdQuorum, policy.LawVersion, article));
            }
        }
        else if (!rule.Quorum.IsMetBy(record.Present, record.Due))
        {
            reasons.Add(Reason.Of(GovernanceReasonCodes.RepresentativesQuorumNotMet, record.Present, record.Due, rule.Quorum, policy.LawVersion, article));
        }

        var counted = rule.PassingCountsDue ? record.Due : record.Present;
        if (counted == 0 || !rule.Passing.IsMetBy(record.VotesFor, counted))
        {
            reasons.Add(Reason.Of(GovernanceReasonCodes.ResolutionNotPassed, record.VotesFor, counted, rule.Passing, policy.LawVersion, article));
        }
    }

    private static void Signature(MajorMatter matter, GovernancePolicy policy, List<Reason> reasons)
    {
        if (matter.Amount < policy.JointSignatureThreshold)
        {
            return;
        }

        if (matter.Signature is not { SecretarySigned: true, DirectorSigned: true } signature)
        {
            reasons.Add(Reason.Of(GovernanceReasonCodes.JointSignatureMissing, matter.Amount, policy.JointSignatureThreshold));
        }
        else if (signature.PostsHeldByOnePerson && policy.SecondSignerWhenPostsCombined && !signature.SecondMemberSigned)
        {
            reasons.Add(Reason.Of(GovernanceReasonCodes.SecondSignatureMissing, matter.Amount));
        }
    }

    private static string Name(int index) => $"records[{index}]";

    private static int Slot(ProcedureRecordKind kind) => kind switch
    {
        ProcedureRecordKind.BranchCommitteeMeeting => (int)DeliberationStep.BranchProposal,
        ProcedureRecordKind.JointMeeting => (int)DeliberationStep.JointConsultation,
        ProcedureRecordKind.MembersMeeting => (int)DeliberationStep.MembersReview,
        ProcedureRecordKind.VillagersMeeting or ProcedureRecordKind.RepresentativesMeeting => (int)DeliberationStep.VillagersResolution,
        ProcedureRecordKind.ResolutionDisclosure => (int)DeliberationStep.ResolutionDisclosure,
        ProcedureRecordKind.ResultDisclosure => (int)DeliberationStep.ResultDisclosure,
        ProcedureRecordKind.MembersNotice => Notice,
        ProcedureRecordKind.OfficeMeeting => Office,
        _ => Committee,
    };
}
