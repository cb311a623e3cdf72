using NodaTime;
using PartyBuilding.Core;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The whole report: one section per capability. Serialized as is for <c>--format json</c>.</summary>
internal sealed record TownshipReport
{
    public required string Township { get; init; }

    public required LocalDate AsOf { get; init; }

    public required string Culture { get; init; }

    /// <summary>Always <c>Committee</c>: the committee's report, full figures and reasons (the public posting is <see cref="EvaluationPosting"/>).</summary>
    public required string View { get; init; }

    /// <summary>The version of each registered policy in force on the report date: the label every dated decision of the report used.</summary>
    public required IReadOnlyList<PolicyRow> Policies { get; init; }

    public required StructureSection Structure { get; init; }

    public required AffiliationSection Affiliation { get; init; }

    public required EnterpriseSection Enterprises { get; init; }

    public required EvaluationSection? Evaluation { get; init; }

    public required AccountabilitySection Accountability { get; init; }

    public required OutreachSection Outreach { get; init; }
    public EducationSection? Education { get; init; }
    public PetitionSection? Petitions { get; init; }
    public TeamsSection? Teams { get; init; }
    public required DuesSection Dues { get; init; }
    public required GovernanceSection Governance { get; init; }
}

/// <summary>
/// The public posting of the democratic evaluation (<c>--posting</c>): a document of its own, with the township, the
/// date and the evaluation as the library publishes it (<see cref="EvaluationSection.View"/> is <c>Posting</c>). It
/// holds nothing else: the other sections (members' dues, cases, contact standing) are not for the public board.
/// </summary>
internal sealed record EvaluationPosting
{
    public required string Township { get; init; }

    public required LocalDate AsOf { get; init; }

    public required string Culture { get; init; }

    /// <summary>Always <c>Posting</c>.</summary>
    public required string View { get; init; }

    public required EvaluationSection Evaluation { get; init; }
}

/// <summary>Structure advice for every organization, and the organization specifications.</summary>
internal sealed record StructureSection
{
    public required IReadOnlyList<StructureRow> Organizations { get; init; }

    /// <summary>Organizations per advised form; adds up to <see cref="Organizations"/>.</summary>
    public required IReadOnlyDictionary<string, int> ByAdvisedForm { get; init; }

    public required IReadOnlyList<string> NeedingAnotherForm { get; init; }

    public required IReadOnlyList<TermRow> TermEnded { get; init; }
}

internal sealed record StructureRow(
    string Id,
    string Name,
    string Level,
    int FullMembers,
    int ProbationaryMembers,
    string AdvisedForm,
    IReadOnlyList<Reason> Reasons);

internal sealed record TermRow(string Id, string Name, LocalDate TermEndsOn);

/// <summary>Mobile members: where each belongs, where a migrant branch is needed, who is out of touch.</summary>
internal sealed record AffiliationSection
{
    public required int MobileMembers { get; init; }

    /// <summary>Members per outcome (Assigned, PendingIntroduction, Unassigned); adds up to <see cref="MobileMembers"/>.</summary>
    public required IReadOnlyDictionary<string, int> ByOutcome { get; init; }

    /// <summary>Assigned members per management mode; adds up to the assigned count.</summary>
    public required IReadOnlyDictionary<string, int> ByMode { get; init; }

    /// <summary>Assigned members per organization id.</summary>
    public required IReadOnlyDictionary<string, int> ByOrganization { get; init; }

    /// <summary>Every member not assigned, with the reason.</summary>
    public required IReadOnlyList<MemberRow> NotAssigned { get; init; }

    public required IReadOnlyList<EstablishmentRow> EstablishmentAdvice { get; init; }

    /// <summary>Members per contact standing; adds up to <see cref="MobileMembers"/>.</summary>
    public required IReadOnlyDictionary<string, int> ByStanding { get; init; }

    /// <summary>Members the branch is to review (lost contact or withdrawal review), with every finding.</summary>
    public required IReadOnlyList<MemberRow> FlaggedForReview { get; init; }
}

internal sealed record MemberRow(string Member, string Status, IReadOnlyList<Reason> Reasons);

internal sealed record EstablishmentRow(string AreaCode, string AreaName, int FullMembers, int ProbationaryMembers, IReadOnlyList<string> CandidateSecretaries, IReadOnlyList<Reason> Reasons);

/// <summary>Complaints and cases: state, deadlines, sanctions and disclosure.</summary>
internal sealed record AccountabilitySection
{
    public required int Cases { get; init; }

    /// <summary>Cases per state; adds up to <see cref="Cases"/>.</summary>
    public required IReadOnlyDictionary<string, int> ByState { get; init; }

    public required IReadOnlyList<CaseRow> All { get; init; }

    public required IReadOnlyList<string> Overdue { get; init; }

    public required IReadOnlyList<string> AwaitingDisclosure { get; init; }

    public required IReadOnlyList<string> AwaitingSanction { get; init; }
}

/// <summary>A case; <see cref="Subject"/> is the subject's key (<c>cadre:…</c>, <c>organization:…</c>), split into <see cref="SubjectKind"/> and <see cref="SubjectId"/>; <see cref="Misconduct"/> and <see cref="Impact"/> are the finding's parts when substantiated.</summary>
internal sealed record CaseRow(
    string Id,
    string Subject,
    string SubjectKind,
    string SubjectId,
    string Summary,
    string State,
    LocalDate ReceivedOn,
    LocalDate? Deadline,
    bool Overdue,
    string? Finding,
    string? Misconduct,
    string? Impact,
    string? Sanction,
    bool RequiresDisclosure,
    IReadOnlyList<Reason> Reasons);

/// <summary>Enterprise party organizations: coverage and the "four haves".</summary>
internal sealed record EnterpriseSection
{
    public required int Enterprises { get; init; }

    /// <summary>Enterprises per coverage kind (operating ones) plus NotOperating; adds up to <see cref="Enterprises"/>.</summary>
    public required IReadOnlyDictionary<string, int> ByCoverage { get; init; }

    /// <summary>Exact rates as "part/whole", with a display percentage.</summary>
    public required IReadOnlyDictionary<string, RateRow> Rates { get; init; }

    public required IReadOnlyList<JointBranchRow> JointBranchAdvice { get; init; }

    /// <summary>Assessed enterprises (those with a party organization of their own or in a joint branch) per grade; adds up to <see cref="Assessed"/>.</summary>
    public required int Assessed { get; init; }

    public required IReadOnlyDictionary<string, int> ByGrade { get; init; }

    public required IReadOnlyList<AssessmentRow> Assessments { get; init; }

    /// <summary>Model enterprises proposed as demonstration points ("leading from point to area").</summary>
    public required IReadOnlyList<string> ModelEnterprises { get; init; }
}

/// <summary>
/// A rate: the counts it is made of (<see cref="Part"/> of <see cref="Whole"/>), the exact ratio in lowest terms and
/// its display percentage (one decimal). A weighted composite (the evaluation's recognition) has no counts of its
/// own: <see cref="Weighted"/> is true and <see cref="Part"/> and <see cref="Whole"/> are null.
/// </summary>
internal sealed record RateRow(string Exact, decimal Percent, long? Part, long? Whole, bool Weighted)
{
    /// <summary><paramref name="part"/> of <paramref name="whole"/>; 0/1 when the whole is 0 (nothing to count).</summary>
    public static RateRow Of(long part, long whole)
    {
        var ratio = whole == 0 ? Ratio.Zero : Ratio.Of(part, whole);
        return new(ratio.ToString(), ratio.ToPercent(), part, whole, false);
    }

    /// <summary>A weighted composite: exact and percentage only.</summary>
    public static RateRow Composite(Ratio ratio) => new(ratio.ToString(), ratio.ToPercent(), null, null, true);
}

internal sealed record JointBranchRow(string? AreaCode, string? AreaName, IReadOnlyList<string> Enterprises, int FullMembers, IReadOnlyList<Reason> Reasons);

internal sealed record AssessmentRow(string Enterprise, string Coverage, int Seat, int Action, int Attraction, int Supervision, int Total, string Grade, bool Vetoed, IReadOnlyList<string> Unmet, IReadOnlyList<Reason> Reasons);

/// <summary>
/// The democratic evaluation in the report's view: for the committee (<c>Committee</c>) every cadre's full figures per
/// group and all reasons; for the public posting (<c>Posting</c>) the library's published result, small groups withheld.
/// </summary>
internal sealed record EvaluationSection
{
    public required string Round { get; init; }

    /// <summary><c>Committee</c> or <c>Posting</c>, as <see cref="TownshipReport.View"/>.</summary>
    public required string View { get; init; }

    /// <summary>Every rater group: its name in the report's culture, weight, size, ballots cast and whether the posting withholds its breakdown.</summary>
    public required IReadOnlyList<RaterGroupRow> Groups { get; init; }

    public required int Eligible { get; init; }

    public required int BallotsCast { get; init; }

    public required int ValidBallots { get; init; }

    public required int InvalidBallots { get; init; }

    public required RateRow Turnout { get; init; }

    public required bool QuorumMet { get; init; }

    /// <summary>Groups (by their data name) whose breakdown the posting withholds so that no voter's ballot can be singled out; in the committee's view, listed so the committee knows what the posting leaves out.</summary>
    public required IReadOnlyList<string> WithheldGroups { get; init; }

    /// <summary>Ballots cast in each box of the round (the fixed box and the mobile box share one issuance register).</summary>
    public required IReadOnlyDictionary<string, int> CastByBox { get; init; }

    /// <summary>Groups entered from the tellers' count sheets, with the ballots each sheet counts.</summary>
    public required IReadOnlyDictionary<string, int> CastByCountSheet { get; init; }

    /// <summary>Cadres per outcome; adds up to the number of candidates.</summary>
    public required IReadOnlyDictionary<string, int> ByOutcome { get; init; }

    public required IReadOnlyList<CadreRow> Cadres { get; init; }
}

/// <summary>
/// A cadre's figures (in the posting null where anonymity withholds them) and the advice with its reasons. The
/// recognition and incompetent share are the library's weighted composites; <see cref="ByGroup"/> gives each group's
/// counts (the committee: every group; the posting: the published groups only).
/// </summary>
internal sealed record CadreRow(
    string Cadre,
    string Outcome,
    int? Excellent,
    int? Competent,
    int? BasicallyCompetent,
    int? Incompetent,
    RateRow? Recognition,
    RateRow? IncompetentShare,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<CadreGroupRow> ByGroup);

/// <summary>One group's ratings of one cadre, and its recognition and incompetent share as counts of its valid ratings.</summary>
internal sealed record CadreGroupRow(string Group, int Excellent, int Competent, int BasicallyCompetent, int Incompetent, RateRow Recognition, RateRow IncompetentShare);

/// <summary>A rater group: <see cref="Group"/> is its data name (its identity), <see cref="Name"/> its name in the report's culture.</summary>
internal sealed record RaterGroupRow(string Group, string Name, string Weight, int Eligible, int Cast, RateRow Turnout, bool Withheld);

/// <summary>Major-matter procedures (三重一大, 四议两公开) with their verdicts, and overdue village disclosures and audits.</summary>
internal sealed record GovernanceSection
{
    public required IReadOnlyList<MatterRow> Matters { get; init; }

    public required IReadOnlyList<string> NotCompliant { get; init; }

    public required IReadOnlyList<FindingRow> OverdueDisclosures { get; init; }

    public required IReadOnlyList<FindingRow> OverdueAudits { get; init; }

    public required string SchedulePolicy { get; init; }
}

internal sealed record MatterRow(
    string Id,
    string Organization,
    string Level,
    string Kind,
    decimal Amount,
    LocalDate DecidedOn,
    string Policy,
    bool Compliant,
    string? FirstFailingStep,
    IReadOnlyList<string> FailingSteps,
    IReadOnlyList<Reason> Reasons);

internal sealed record FindingRow(string Item, string Village, Reason Reason);

/// <summary>A registered policy's version in force on the report date (<c>--policy FILE</c> replaces the defaults).</summary>
internal sealed record PolicyRow(string Policy, string Label, string EffectiveFrom, int Versions);
