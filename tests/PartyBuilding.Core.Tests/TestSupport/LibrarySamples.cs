using System.Collections;
using System.Globalization;
using System.Reflection;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Outreach;
using PartyBuilding.Core.Petitions;
using PartyBuilding.Core.Teams;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>
/// Real instances of the library's public types, built as a host builds them: a small township (registry,
/// mobile members, enterprises, an evaluation round voted through a ballot box, accountability cases in
/// every state) with the default policies and the services <c>AddPartyBuilding</c> registers. From those
/// inputs <see cref="Instances"/> grows by reading every public property and calling every public
/// query method with <see cref="ValuesOf"/> arguments, so a new type or member is sampled without a line here.
/// </summary>
internal static class LibrarySamples
{
    public static readonly Assembly Library = typeof(Reason).Assembly;

    public static readonly LocalDate AsOf = new(2026, 6, 30);

    /// <summary>The rule services every host resolves, one interface each (the subject of the thread-safety test).</summary>
    public static readonly Type[] RuleServices =
    [
        typeof(IStructureAdvisor), typeof(IAffiliationAssigner), typeof(IContactStandingAssessor), typeof(IMigrantBranchAdvisor),
        typeof(IFourHavesAssessor), typeof(ICoverageAnalyzer), typeof(IDemocraticEvaluationTally), typeof(IAccountabilityEscalator),
        typeof(IOutreachAssessor),
        typeof(IScheduleComplianceAssessor), typeof(ITrainingHoursAssessor),
        typeof(IPetitionRouter),
        typeof(IWeakTeamAssessor), typeof(ICadreTrainingAssessor),
        typeof(IDuesCalculator), typeof(IDuesStandingAssessor),
        typeof(IProcedureChecker), typeof(IVillageAffairsMonitor),
    ];

    /// <summary>Methods that change the object they are called on: never called while sampling (the samples are shared).</summary>
    private static readonly HashSet<string> Mutators = ["BallotBox.Issue"];

    private static readonly ServiceProvider Services = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();

    private static readonly Lazy<Pool> Graph = new(BuildGraph);

    // ---- the township -------------------------------------------------------------------------------

    private static OrganizationId Org(string id) => new(id);

    public static readonly PartyOrganization[] Organizations =
    [
        new(Org("T"), "Township committee", OrganizationLevel.Committee, OrganizationKind.Township),
        new(Org("V1"), "East village branch", OrganizationLevel.Branch, OrganizationKind.Village, "A1", Org("T")),
        new(Org("C2"), "River community branch", OrganizationLevel.Branch, OrganizationKind.Community, "A2", Org("T")),
        new(Org("M3"), "Waikou migrant branch", OrganizationLevel.Branch, OrganizationKind.Migrant, "A3", Org("T")) { ServedAreaCodes = ["A5"] },
        new(Org("E4"), "Textile works branch", OrganizationLevel.Branch, OrganizationKind.Enterprise, null, Org("T")),
    ];

    public static readonly KeyValuePair<MemberId, OrganizationId>[] Memberships =
    [
        new(new MemberId("R1"), Org("M3")),
        new(new MemberId("R2"), Org("V1")),
        new(new MemberId("R3"), Org("V1")),
    ];

    public static readonly OrganizationRegistry Registry = new(Organizations, Memberships);

    /// <summary>One member for each affiliation rule, and three full members in an area no migrant branch serves.</summary>
    public static readonly MobileMember[] MobileMembers =
    [
        new(new MemberId("M01"), MembershipStatus.Full, "A3"),
        new(new MemberId("M02"), MembershipStatus.Full, "A1"),
        new(new MemberId("M03"), MembershipStatus.Probationary, "Z9"),
        new(new MemberId("M04"), MembershipStatus.Full, null, new MemberId("R1")),
        new(new MemberId("M05"), MembershipStatus.Full, null, new MemberId("X-unknown")),
        new(new MemberId("M06"), MembershipStatus.Full, "A4"),
        new(new MemberId("M07"), MembershipStatus.Full, "A4"),
        new(new MemberId("M08"), MembershipStatus.Full, "A4"),
        new(new MemberId("M09"), MembershipStatus.Full, "A5"),
    ];

    public static readonly ContactRecord[] Contacts =
    [
        new(new MemberId("M01"), ContactKind.Report, new LocalDate(2025, 9, 1)),
        new(new MemberId("M01"), ContactKind.Visit, new LocalDate(2025, 11, 15)),
        new(new MemberId("M01"), ContactKind.DuesPaid, new LocalDate(2026, 1, 10)),
    ];

    /// <summary>M01's dues: paid from July 2025 to January 2026, then nothing (admitted June 2025; on <see cref="AsOf"/> five months unpaid).</summary>
    public static readonly DuesPayment[] DuesPayments =
    [
        .. Enumerable.Range(0, 7).Select(i => new DuesPayment(new MemberId("M01"), new YearMonth(2025, 7).PlusMonths(i), new LocalDate(2025, 7, 10).PlusMonths(i))),
    ];

    /// <summary>A model enterprise, a vetoed one, two for a joint branch, one with an instructor, one closed.</summary>
    public static readonly EnterpriseProfile[] Enterprises =
    [
        new()
        {
            Id = new EnterpriseId("E1"), AreaCode = "A1", FullMembers = 9, ProbationaryMembers = 2, TakesPartInDecisions = true,
            BranchLedByManagement = true, MembersInManagement = 4, IdeasCollected = 12, IdeasAdopted = 6, MembersInKeyPosts = 6,
            TechnicalAchievements = 3, PioneerPosts = 3, UnionEstablished = true, LeagueEstablished = true, ActivitiesHeld = 12,
            LeagueMembersAndYoungWorkers = 10, MembershipApplicants = 3, ComplianceChecks = ComplianceArea.All,
            ViolationsFound = 2, ViolationsReported = 2, ViolationsResolved = 2,
            ExtraFacts = new Dictionary<string, int> { ["BranchMeetingsHeld"] = 12, ["ActivityRoomEstablished"] = 1 },
        },
        new()
        {
            Id = new EnterpriseId("E2"), AreaCode = "A2", FullMembers = 4, TakesPartInDecisions = true, ActivitiesHeld = 4,
            ComplianceChecks = ComplianceArea.Tax, ViolationsFound = 3, ViolationsReported = 1, SeriousViolationsUnresolved = 1,
        },
        new() { Id = new EnterpriseId("E3"), AreaCode = "A1", FullMembers = 1, ActivitiesHeld = 1 },
        new() { Id = new EnterpriseId("E4"), AreaCode = "A1", FullMembers = 2, ProbationaryMembers = 1 },
        new() { Id = new EnterpriseId("E5"), AreaCode = "A2", InstructorAssigned = true },
        new() { Id = new EnterpriseId("E6"), AreaCode = "A2", Operating = false },
    ];

    // ---- an evaluation round ----------------------------------------------------------------------------

    public static readonly CadreId[] Candidates = [new("C1"), new("C2"), new("C3")];

    private static RaterGroup Group(string name, Ratio weight, int voters) =>
        new(name, weight, Enumerable.Range(1, voters).Select(i => new VoterId($"{name}-{i}")));

    /// <summary>A fresh round: three groups, the smallest too small to publish on its own.</summary>
    public static EvaluationRound NewRound() => new(
        new RoundId("R2026"),
        Candidates,
        [Group("members", Ratio.Of(1, 2), 8), Group("representatives", Ratio.Of(1, 3), 6), Group("cadres", Ratio.Of(1, 6), 3)],
        new LocalDate(2026, 12, 1),
        new LocalDate(2026, 12, 3));

    public static readonly EvaluationRound Round = NewRound();

    /// <summary>Ratings by ballot: one letter per candidate (E, C, B, I, or - to leave unrated).</summary>
    private static readonly string[] Marks = ["ECI", "ECI", "CBI", "CC-", "EII", "BCI", "CCB", "ECI", "EEI", "CBI", "C-I", "BII", "EEC", "ECB"];

    private static CandidateRating[] Ratings(string marks) =>
    [
        .. marks.Select((mark, i) => (mark, i)).Where(x => x.mark != '-').Select(x => new CandidateRating(Candidates[x.i], x.mark switch
        {
            'E' => Rating.Excellent,
            'C' => Rating.Competent,
            'B' => Rating.BasicallyCompetent,
            _ => Rating.Incompetent,
        })),
    ];

    /// <summary>
    /// A fresh box for <see cref="Round"/> with up to <paramref name="cast"/> ballots cast (three members stay
    /// home, so the two small groups are withheld when published), closed when asked.
    /// </summary>
    public static BallotBox NewBox(int cast, bool close)
    {
        var box = new BallotBox(Round);
        var voters = Round.Groups.SelectMany(g => g.Voters.Take(g.Name == "members" ? 5 : int.MaxValue)).ToArray();
        for (var i = 0; i < cast && i < voters.Length; i++)
        {
            box.Cast(box.Issue(voters[i]), Ratings(Marks[i % Marks.Length]));
        }

        if (close)
        {
            box.Close();
        }

        return box;
    }

    public static readonly BallotBox ClosedBox = NewBox(14, close: true);

    /// <summary>Paper ballots a host entered itself, one of them invalid (a candidate rated twice).</summary>
    public static readonly Ballot[] PaperBallots =
    [
        .. Round.Groups.SelectMany((g, gi) => g.Voters.Select((_, vi) => new Ballot(g.Name, Ratings(Marks[(gi * 7 + vi) % Marks.Length])))),
        new Ballot("members", [new(Candidates[0], Rating.Excellent), new(Candidates[0], Rating.Competent)]),
    ];

    // ---- several boxes and a count sheet (issue 16) -------------------------------------------------------

    /// <summary>The round held with a fixed box and a mobile box sharing one issuance register, both closed.</summary>
    public static readonly IssuanceRegister TwoBoxes = NewTwoBoxes();

    private static IssuanceRegister NewTwoBoxes()
    {
        var register = new IssuanceRegister(NewRound());
        var fixedBox = new BallotBox(register, "fixed");
        var mobile = new BallotBox(register, "mobile");
        var voters = register.Round.Groups.SelectMany(g => g.Voters).ToArray();
        for (var i = 0; i < voters.Length; i++)
        {
            var box = i % 4 == 3 ? mobile : fixedBox;
            box.Cast(box.Issue(voters[i]), Ratings(Marks[i % Marks.Length]));
        }

        fixedBox.Close();
        mobile.Close();
        return register;
    }

    /// <summary>A round entered as counts: groups without voter lists, one of 3,000,000.</summary>
    public static readonly EvaluationRound CountedRound = new(
        new RoundId("R2026-sheet"),
        Candidates,
        [new RaterGroup("members", Ratio.Of(1, 2), 3_000_000), new RaterGroup("representatives", Ratio.Of(1, 2), 30)],
        new LocalDate(2026, 12, 1),
        new LocalDate(2026, 12, 3));

    /// <summary>The tellers' sheet of <see cref="CountedRound"/>.</summary>
    public static readonly CountSheet Sheet = new(
    [
        new GroupCount("members", 3_000_000, 2_400_000, 1_000, [.. Candidates.Select((c, i) => new CandidateCount(c, 900_000, 1_000_000 - (i * 100_000), 300_000, 100_000 + (i * 100_000), 99_000))]),
        new GroupCount("representatives", 30, 28, 1, [.. Candidates.Select(c => new CandidateCount(c, 10, 12, 3, 1, 1))]),
    ]);

    // ---- accountability -----------------------------------------------------------------------------------

    public static readonly PolicySet<AccountabilityPolicy> AccountabilityPolicies = PolicySet.Of(AccountabilityPolicy.Default);

    private static readonly LocalDate CaseStart = new(2026, 3, 2);

    public static readonly AccountabilitySubject CadreSubject = AccountabilitySubject.ForCadre(new CadreId("cadre-wang"));

    public static readonly AccountabilitySubject OrganizationSubject = AccountabilitySubject.ForOrganization(new OrganizationId("V1"));

    public static Complaint NewComplaint(string id = "case-1") => new(new CaseId(id), CadreSubject, "Permit application ignored for three months");

    /// <summary>Case factories, one per state: each call builds a fresh case.</summary>
    public static readonly Func<AccountabilityCase>[] CaseFactories =
    [
        () => AccountabilityCase.Receive(NewComplaint(), CaseStart, AccountabilityPolicies),
        () => Investigating(),
        () => Concluded(Impact.Serious),
        () => Sanctioned(Impact.Serious),
        () => Disclosed(),
        () => Closed(),
        () => ClosedUnsubstantiated(),
    ];

    private static AccountabilityCase Investigating()
    {
        var c = AccountabilityCase.Receive(NewComplaint(), CaseStart, AccountabilityPolicies);
        c.StartInvestigation(CaseStart.PlusDays(3));
        return c;
    }

    private static AccountabilityCase Concluded(Impact impact)
    {
        var c = Investigating();
        c.ExtendDeadline(CaseStart.PlusDays(10), 20, "Witness abroad");
        c.RecordProgress(CaseStart.PlusDays(12), "Files collected");
        c.Conclude(CaseStart.PlusDays(20), Finding.Substantiated(MisconductKind.Inaction, impact));
        return c;
    }

    private static AccountabilityCase Sanctioned(Impact impact)
    {
        var c = Concluded(impact);
        c.Sanction(CaseStart.PlusDays(25), Escalator.Decide(c, [CaseStart.PlusDays(-100)], CaseStart.PlusDays(25)));
        return c;
    }

    private static AccountabilityCase Disclosed()
    {
        var c = Sanctioned(Impact.Serious);
        c.Disclose(CaseStart.PlusDays(30));
        return c;
    }

    private static AccountabilityCase Closed()
    {
        var c = Disclosed();
        c.Close(CaseStart.PlusDays(31));
        return c;
    }

    private static AccountabilityCase ClosedUnsubstantiated()
    {
        var c = Investigating();
        c.Conclude(CaseStart.PlusDays(15), Finding.Unsubstantiated("No evidence"));
        c.Close(CaseStart.PlusDays(16));
        return c;
    }

    // ---- outreach (six ones) -----------------------------------------------------------------------------

    public static readonly CadreId[] OutreachCadres = [new("cadre-li"), new("cadre-zhao")];

    private static HouseholdOutreach Household(string id, string village, CadreId cadre, params (OutreachItem? Item, LocalDate On)[] records)
    {
        var household = new HouseholdId(id);
        return new HouseholdOutreach(household, Org(village), [new Pairing(household, cadre, new LocalDate(2025, 3, 1))],
            [.. records.Select(r => new OutreachRecord(household, cadre, r.On, r.Item, true))]);
    }

    /// <summary>One household with everything of the first half done, one missing items, one changed cadre in May.</summary>
    public static readonly HouseholdOutreach[] Households =
    [
        Household("hh-1", "V1", OutreachCadres[0], [.. Enum.GetValues<OutreachItem>().Select(i => ((OutreachItem?)i, new LocalDate(2026, 3, 2))), (null, new LocalDate(2026, 3, 2))]),
        Household("hh-2", "V1", OutreachCadres[0], (OutreachItem.Archive, new LocalDate(2025, 4, 1)), (null, new LocalDate(2026, 6, 30))),
        new HouseholdOutreach(new HouseholdId("hh-3"), Org("C2"),
            [new Pairing(new HouseholdId("hh-3"), OutreachCadres[0], new LocalDate(2025, 1, 1), new LocalDate(2026, 4, 30)), new Pairing(new HouseholdId("hh-3"), OutreachCadres[1], new LocalDate(2026, 5, 1))],
            [new OutreachRecord(new HouseholdId("hh-3"), OutreachCadres[1], new LocalDate(2026, 5, 5), OutreachItem.ContactCard, false)]),
    ];

    // ---- teams ----------------------------------------------------------------------------------------------

    public static readonly PolicySet<TeamsPolicy> TeamsPolicies = PolicySet.Of(TeamsPolicy.Default);

    /// <summary>A sound team, one meeting every criterion, and one vacant exactly three months (a boundary).</summary>
    public static readonly TeamProfile[] TeamProfiles =
    [
        new()
        {
            Organization = Org("V1"), RequiredMeetingsDue = 12, RequiredMeetingsHeld = 12, LastDevelopmentCandidateOn = new LocalDate(2026, 1, 5),
            AssessmentRank = 2, AssessmentRanked = 9, PublicSatisfaction = Ratio.Of(9, 10), MidTermFinding = MidTermFinding.Good,
        },
        new()
        {
            Organization = Org("V2"), SecretaryVacantSince = new LocalDate(2025, 10, 1), WorkStalled = true, RequiredMeetingsDue = 12,
            RequiredMeetingsHeld = 5, PetitionsInPeriod = 7, AssessmentRank = 9, AssessmentRanked = 9, PublicSatisfaction = Ratio.Of(1, 2),
            ElectionCompletedOnTime = false, CadresAdvisedAdjustNotAdjusted = 1, MidTermFinding = MidTermFinding.Poor,
        },
        new() { Organization = Org("V3"), SecretaryVacantSince = new LocalDate(2026, 3, 30), WorkStalled = true, LastDevelopmentCandidateOn = new LocalDate(2024, 6, 30) },
    ];

    public static readonly TeamScore[] TeamScores = [new(Org("V1"), 92), new(Org("V2"), 61), new(Org("V3"), 75), new(Org("C2"), 61)];

    public static readonly CadreTrainingRecord[] CadreRecords =
    [
        new()
        {
            Cadre = new CadreId("C1"), ElectedOn = new LocalDate(2026, 3, 10), Sessions = [new(new LocalDate(2026, 4, 1), 3)],
            Posts = [new(CadrePostKind.Assistant, new LocalDate(2026, 3, 10)), new(CadrePostKind.Temporary, new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 1))],
        },
        new() { Cadre = new CadreId("C2"), ElectedOn = new LocalDate(2021, 3, 10), NewCadre = false, Sessions = [new(new LocalDate(2025, 5, 1), 2)] },
    ];

    private static readonly LocalDate RectificationStart = new(2026, 1, 15);

    private static RectificationCase NewRectification()
    {
        return RectificationCase.Identify(new RectificationCaseId("RC-1"), Org("V2"), [WeakTeamCriterion.SecretaryVacant, WeakTeamCriterion.LowSatisfaction], RectificationStart, TeamsPolicies);
    }

    /// <summary>Rectification factories, one per state (and one extended): each call builds a fresh case.</summary>
    public static readonly Func<RectificationCase>[] RectificationFactories =
    [
        NewRectification,
        () => Rectification(1),
        () => Rectification(2),
        () => Rectification(3),
        () => Rectification(4),
    ];

    private static RectificationCase Rectification(int steps)
    {
        var c = NewRectification();
        c.ApprovePlan(RectificationStart.PlusDays(20), "Elect a secretary; hold the meetings");
        if (steps >= 2)
        {
            c.CheckProgress(RectificationStart.PlusMonths(6), "Secretary elected");
        }

        if (steps >= 3)
        {
            c.Extend(RectificationStart.PlusMonths(11), 3, "Satisfaction survey delayed");
        }

        if (steps >= 4)
        {
            c.Accept(RectificationStart.PlusMonths(14));
        }

        return c;
    }
    // ---- governance -------------------------------------------------------------------------------------

    /// <summary>A village road matter through all six steps, a township appointment, and a township matter decided by the office alone.</summary>
    public static readonly MajorMatter[] Matters =
    [
        new(new MatterId("road-2026"), Org("V1"), GovernanceLevel.Village, MatterKind.Expenditure, 180_000m) { Signature = new(true, true, PostsHeldByOnePerson: true, SecondMemberSigned: true) },
        new(new MatterId("appoint-1"), Org("T"), GovernanceLevel.Township, MatterKind.ImportantAppointment),
        new(new MatterId("grant-2"), Org("T"), GovernanceLevel.Township, MatterKind.Expenditure, 1_200_000m),
    ];

    public static readonly ProcedureRecord[] VillageRecords =
    [
        new(ProcedureRecordKind.BranchCommitteeMeeting, new LocalDate(2026, 3, 2)) { Due = 5, Present = 5, VotesFor = 5 },
        new(ProcedureRecordKind.JointMeeting, new LocalDate(2026, 3, 5)) { Due = 9, Present = 8, VotesFor = 8 },
        new(ProcedureRecordKind.MembersNotice, new LocalDate(2026, 3, 6)),
        new(ProcedureRecordKind.MembersMeeting, new LocalDate(2026, 3, 10)) { Due = 42, Present = 30, VotesFor = 25 },
        new(ProcedureRecordKind.RepresentativesMeeting, new LocalDate(2026, 3, 15)) { Due = 30, Present = 20, VotesFor = 11 },
        new(ProcedureRecordKind.ResolutionDisclosure, new LocalDate(2026, 3, 18)) { PostedUntil = new LocalDate(2026, 3, 25) },
        new(ProcedureRecordKind.ResultDisclosure, new LocalDate(2026, 9, 1)),
    ];

    public static readonly ProcedureRecord[] TownshipRecords =
    [
        new(ProcedureRecordKind.OfficeMeeting, new LocalDate(2026, 4, 1)) { Due = 5, Present = 5, VotesFor = 5, HeldInVillage = true },
        new(ProcedureRecordKind.CommitteeMeeting, new LocalDate(2026, 4, 8)) { Due = 9, Present = 6, VotesFor = 5 },
    ];

    public static readonly DisclosureSummary[] Disclosures =
    [
        new() { Id = new DisclosureId("V1-general"), Village = Org("V1"), Category = DisclosureCategory.General, Since = new LocalDate(2025, 1, 1), LastDisclosedOn = new LocalDate(2026, 1, 5) },
        new() { Id = new DisclosureId("V1-finance"), Village = Org("V1"), Category = DisclosureCategory.Finance, MonthlyFinance = true, Since = new LocalDate(2025, 1, 1), LastDisclosedOn = new LocalDate(2026, 5, 2) },
        new() { Id = new DisclosureId("V1-road"), Village = Org("V1"), Category = DisclosureCategory.MajorMatter, Since = new LocalDate(2026, 6, 20) },
    ];

    public static readonly AuditSummary[] Audits =
    [
        new() { Id = new AuditId("V1-finance-audit"), Village = Org("V1"), Kind = AuditKind.Finance, Since = new LocalDate(2024, 1, 1), LastDoneOn = new LocalDate(2025, 3, 31) },
        new() { Id = new AuditId("V1-departure-li"), Village = Org("V1"), Kind = AuditKind.Departure, Since = new LocalDate(2026, 2, 1), NextElectionOn = new LocalDate(2026, 6, 28) },
    ];

    private static IAccountabilityEscalator Escalator => Services.GetRequiredService<IAccountabilityEscalator>();

    // ---- petitions ----------------------------------------------------------------------------------------

    public static readonly PolicySet<PetitionPolicy> PetitionPolicies = PolicySet.Of(PetitionPolicy.Default);

    private static readonly LocalDate PetitionStart = new(2026, 4, 1);

    /// <summary>A small village matter, a group at the township with an earlier filing still pending, a labour dispute, a grave land matter.</summary>
    public static readonly PetitionIntake[] Intakes =
    [
        new(new PetitionId("pet-1"), "Li Wei", MatterCategory.NeighbourDispute, Gravity.Minor, PetitionTier.Village, PetitionStart) { MatterKey = "well-east" },
        new(new PetitionId("pet-2"), "Zhao villagers", MatterCategory.LandAndHomestead, Gravity.Major, PetitionTier.County, PetitionStart)
        {
            Petitioners = 30, Representatives = 5, MatterKey = "land-north", Prior = new PriorFiling(PetitionTier.Township, PetitionStart.PlusDays(-20)),
        },
        new(new PetitionId("pet-3"), "Sun Li", MatterCategory.LabourDispute, Gravity.Major, PetitionTier.Township, PetitionStart),
        new(new PetitionId("pet-4"), "Wu Gang", MatterCategory.Environment, Gravity.Grave, PetitionTier.Village, PetitionStart)
        {
            Prior = new PriorFiling(PetitionTier.Village, PetitionStart.PlusDays(-100)) { AnsweredOn = PetitionStart.PlusDays(-50), Final = true },
        },
    ];

    /// <summary>Petition factories, one per state (and a transferred one): each call builds a fresh case.</summary>
    public static readonly Func<PetitionCase>[] PetitionFactories =
    [
        () => PetitionCase.Receive(Intakes[0], PetitionPolicies),
        () => Petition(c => c.Transfer(PetitionStart.PlusDays(1), PetitionTier.Township)),
        () => Petition(c => c.Accept(PetitionStart.PlusDays(2))),
        () => Petition(c => c.NotAccept(PetitionStart.PlusDays(2), "No facts given")),
        () => Petition(c => c.Divert(PetitionStart.PlusDays(2), OtherProcedure.Arbitration)),
        () => Petition(c => { c.Accept(PetitionStart.PlusDays(2)); c.ExtendHandling(PetitionStart.PlusDays(50), 20, "Survey"); c.Answer(PetitionStart.PlusDays(70)); }),
        () => Petition(c => { c.Accept(PetitionStart.PlusDays(2)); c.Answer(PetitionStart.PlusDays(30)); c.RequestReview(PetitionStart.PlusDays(40)); }),
        () => Petition(c => { c.Accept(PetitionStart.PlusDays(2)); c.Answer(PetitionStart.PlusDays(30)); c.RequestReview(PetitionStart.PlusDays(40)); c.AnswerReview(PetitionStart.PlusDays(60)); c.RequestReReview(PetitionStart.PlusDays(61)); c.HoldHearing(PetitionStart.PlusDays(62), 5); }),
        () => Petition(c => { c.Accept(PetitionStart.PlusDays(2)); c.Answer(PetitionStart.PlusDays(30)); c.RequestReview(PetitionStart.PlusDays(40)); c.AnswerReview(PetitionStart.PlusDays(60)); c.RequestReReview(PetitionStart.PlusDays(61)); c.AnswerReReview(PetitionStart.PlusDays(80)); c.Close(PetitionStart.PlusDays(81)); }),
    ];

    private static PetitionCase Petition(Action<PetitionCase> steps)
    {
        var c = PetitionCase.Receive(Intakes[0], PetitionPolicies);
        steps(c);
        return c;
    }

    /// <summary>A rule service as <c>AddPartyBuilding</c> registers it with the default policies.</summary>
    public static object Service(Type serviceType) => Services.GetRequiredService(serviceType);

    // ---- values by type ---------------------------------------------------------------------------------

    /// <summary>
    /// Hand-picked valid values per type; the first of each belongs together (the round's ballots, the member
    /// of the contact records), so calling a method with the first value of each parameter gives a decision.
    /// </summary>
    private static readonly Dictionary<Type, object?[]> Explicit = BuildExplicit();

    private static Dictionary<Type, object?[]> BuildExplicit()
    {
        var closedCase = CaseFactories[5]();
        var values = new Dictionary<Type, object?[]>
        {
            // 3+3 a branch, 0 an instructor, 7+7 a committee, 40+40 a general branch, 60+60 a primary committee, 1+1 a joint branch.
            [typeof(int)] = [3, 0, 7, 40, 60, 1],
            [typeof(long)] = [3L, 1L, 0L],
            [typeof(bool)] = [false, true],
            [typeof(string)] = ["default", "A1", "A2", "A3"],
            [typeof(object)] = [1, "x"],
            [typeof(object[])] = [new object?[] { 1, "x" }],
            [typeof(LocalDate)] = [AsOf, new LocalDate(2025, 12, 31), new LocalDate(2026, 12, 3)],
            [typeof(Period)] = [Period.FromMonths(12)],
            [typeof(Guid)] = [new Guid("6f1c8a52-3d0e-4b8e-9a57-1f0b2c3d4e5f")],
            [typeof(CultureInfo)] = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("zh-CN")],
            [typeof(Ratio)] = [Ratio.Of(1, 2), Ratio.Of(1, 3), Ratio.Of(1, 6)],
            [typeof(RatioThreshold)] = [new RatioThreshold(Ratio.Of(2, 3), true)],
            [typeof(ValidationFailure)] = [new ValidationFailure("Name", "Name is empty.") { ErrorCode = CommonErrorCodes.IdEmpty }],

            [typeof(OrganizationId)] = [.. Organizations.Select(o => (object?)o.Id)],
            [typeof(MemberId)] = [.. MobileMembers.Select(m => (object?)m.Id), .. Memberships.Select(m => (object?)m.Key)],
            [typeof(PartyOrganization)] = [.. Organizations],
            [typeof(KeyValuePair<MemberId, OrganizationId>)] = [.. Memberships.Cast<object?>()],
            [typeof(IEnumerable<KeyValuePair<MemberId, OrganizationId>>)] = [Memberships, Array.Empty<KeyValuePair<MemberId, OrganizationId>>()],
            [typeof(OrganizationRegistry)] = [Registry, OrganizationRegistry.Empty],
            [typeof(MobileMember)] = [.. MobileMembers],
            [typeof(ContactRecord)] = [.. Contacts],
            [typeof(EnterpriseId)] = [.. Enterprises.Select(e => (object?)e.Id)],
            [typeof(EnterpriseProfile)] = [.. Enterprises],

            [typeof(CadreId)] = [.. Candidates.Cast<object?>()],
            [typeof(RoundId)] = [Round.Id],
            [typeof(VoterId)] = [.. Round.Groups.SelectMany(g => g.Voters).Cast<object?>()],
            [typeof(EvaluationRound)] = [Round, CountedRound],
            [typeof(RaterGroup)] = [.. Round.Groups],
            [typeof(BallotBox)] = [ClosedBox],
            [typeof(Ballot)] = [.. PaperBallots],
            [typeof(IEnumerable<Ballot>)] = [ClosedBox.Ballots.ToArray(), PaperBallots],
            [typeof(IssuanceRegister)] = [TwoBoxes],
            [typeof(CountSheet)] = [Sheet, CountSheet.Empty],
            [typeof(IEnumerable<CadreId>)] = [new[] { Candidates[1] }, Array.Empty<CadreId>()],

            [typeof(CaseId)] = [new CaseId("case-1"), new CaseId("case-2")],
            [typeof(RectificationOrderId)] = [new RectificationOrderId("order-1")],
            [typeof(AccountabilitySubject)] = [CadreSubject, OrganizationSubject],
            [typeof(Complaint)] = [NewComplaint()],
            [typeof(Finding)] = [Finding.Substantiated(MisconductKind.DisorderlyAction, Impact.Significant), Finding.Unsubstantiated("No evidence")],
            [typeof(AccountabilityCase)] = [.. new[] { 2, 0, 1, 3, 4, 5, 6 }.Select(i => (object?)CaseFactories[i]())],
            [typeof(CaseEvent)] = [.. closedCase.History],
            [typeof(IReadOnlyList<LocalDate>)] = [new[] { new LocalDate(2025, 12, 31) }, Array.Empty<LocalDate>()],
            [typeof(SanctionRequest)] =
            [
                new SanctionRequest
                {
                    Subject = CadreSubject, Kind = MisconductKind.RuleViolation, Impact = Impact.Serious, DecidedOn = AsOf,
                    PriorSubstantiatedOn = [new LocalDate(2026, 1, 5)], ObstructedInvestigation = true,
                },
                new SanctionRequest { Subject = OrganizationSubject, Kind = MisconductKind.Inaction, Impact = Impact.Minor, DecidedOn = AsOf, PromptRemedy = true },
            ],
            [typeof(MatterId)] = [.. Matters.Select(m => (object?)m.Id)],
            [typeof(DisclosureId)] = [.. Disclosures.Select(d => (object?)d.Id)],
            [typeof(AuditId)] = [.. Audits.Select(a => (object?)a.Id)],
            [typeof(MajorMatter)] = [.. Matters],
            [typeof(ProcedureRecord)] = [.. VillageRecords, .. TownshipRecords],
            [typeof(IEnumerable<ProcedureRecord>)] = [VillageRecords, TownshipRecords, VillageRecords.Take(3).ToArray()],
            [typeof(DisclosureSummary)] = [.. Disclosures],
            [typeof(IEnumerable<DisclosureSummary>)] = [Disclosures, Array.Empty<DisclosureSummary>()],
            [typeof(AuditSummary)] = [.. Audits],
            [typeof(IEnumerable<AuditSummary>)] = [Audits, Array.Empty<AuditSummary>()],
            [typeof(GovernancePolicy)] = [GovernancePolicy.Default, GovernancePolicy.Amended2026],
            [typeof(PolicySet<GovernancePolicy>)] = [GovernancePolicy.Versions],
            [typeof(PolicyVersion<GovernancePolicy>)] = [.. GovernancePolicy.Versions.Versions],
            [typeof(RectificationOrder)] =
            [
                new RectificationOrder(new RectificationOrderId("order-1"), new CaseId("case-1"), CadreSubject, CaseStart, CaseStart.PlusDays(30), "Answer every permit"),
            ],

            [typeof(HouseholdId)] = [.. Households.Select(h => (object?)h.Household)],
            [typeof(HouseholdOutreach)] = [.. Households],
            [typeof(IEnumerable<HouseholdOutreach>)] = [Households, Array.Empty<HouseholdOutreach>()],
            [typeof(Pairing)] = [.. Households.SelectMany(h => h.Pairings)],
            [typeof(OutreachRecord)] = [.. Households.SelectMany(h => h.Records)],
            // Education: the migrant branch's first half of 2026 (a month cut at the end), and a member's training.
            [typeof(ScheduleProfile)] = [new ScheduleProfile(Org("M3"), OrganizationKind.Migrant, true, false), new ScheduleProfile(Org("T"), OrganizationKind.Township, true, false)],
            [typeof(DateInterval)] = [new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 20)), new DateInterval(new LocalDate(2025, 7, 1), new LocalDate(2026, 12, 31))],
            [typeof(ActivityRecord)] =
            [
                new ActivityRecord(Org("M3"), ActivityKind.MigrantStudyDay, new LocalDate(2026, 1, 12), 9, 7, 2m),
                new ActivityRecord(Org("M3"), ActivityKind.MembersMeeting, new LocalDate(2026, 3, 31), 9, 4, 1.5m),
                new ActivityRecord(Org("T"), ActivityKind.CentralGroupStudy, new LocalDate(2026, 2, 27), 12, 11, 3m),
            ],
            [typeof(TrainingRecord)] =
            [
                new TrainingRecord(new MemberId("M01"), new LocalDate(2026, 4, 8), TrainingUnit.Day, 3),
                new TrainingRecord(new MemberId("M01"), new LocalDate(2026, 5, 9), TrainingUnit.HalfDay, 2),
            ],
            [typeof(ActivityRequirement)] = [.. EducationPolicy.Default.Schedule],
            [typeof(PetitionId)] = [.. Intakes.Select(i => (object?)i.Id)],
            [typeof(PetitionIntake)] = [.. Intakes],
            [typeof(PetitionCase)] = [.. PetitionFactories.Select(f => (object?)f())],
            [typeof(PetitionEvent)] = [.. PetitionFactories[^1]().History],
            [typeof(PetitionSummary)] = [.. PetitionFactories.Select(f => (object?)PetitionSummary.Of(f(), PetitionStart.PlusDays(-3)))],
            [typeof(WorkingDayCalendar)] =
            [
                new WorkingDayCalendar { Holidays = [new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2)], ExtraWorkingDays = [new LocalDate(2026, 10, 10)] },
                WorkingDayCalendar.MondayToFriday,
            ],
            // Dues: incomes at the bracket edges, every category, a member of M01's payments in arrears, paid up and flagged.
            [typeof(decimal)] = [3000.00m, 3000.01m, 12000m, 0m],
            [typeof(YearMonth)] = [new YearMonth(2026, 6), new YearMonth(2025, 12)],
            [typeof(DuesBasis)] = [.. Enum.GetValues<MemberCategory>().Select(c => (object?)new DuesBasis(c, 3000.01m)), new DuesBasis(MemberCategory.Retired, 5000m)],
            [typeof(DuesPayment)] = [.. DuesPayments],
            [typeof(MemberDuesSummary)] =
            [
                new MemberDuesSummary { Id = new MemberId("M01"), Organization = Org("M3"), AdmittedOn = new LocalDate(2025, 6, 1), LatestMonthPaid = new LocalDate(2026, 1, 1) },
                new MemberDuesSummary { Id = new MemberId("M02"), AdmittedOn = new LocalDate(2025, 12, 31) },
            ],
        };

        var acceptedRectification = RectificationFactories[4]();
        values[typeof(TeamProfile)] = [.. TeamProfiles];
        values[typeof(TeamScore)] = [.. TeamScores];
        values[typeof(IEnumerable<TeamScore>)] = [TeamScores, Array.Empty<TeamScore>()];
        values[typeof(CadreTrainingRecord)] = [.. CadreRecords];
        values[typeof(RectificationCaseId)] = [new RectificationCaseId("RC-1"), new RectificationCaseId("RC-2")];
        values[typeof(IEnumerable<WeakTeamCriterion>)] = [new[] { WeakTeamCriterion.SecretaryVacant }, Enum.GetValues<WeakTeamCriterion>()];
        values[typeof(RectificationCase)] = [.. new[] { 3, 0, 1, 2, 4 }.Select(i => (object?)RectificationFactories[i]())];
        values[typeof(RectificationEvent)] = [.. acceptedRectification.History];
        values[typeof(IEnumerable<RectificationEvent>)] = [acceptedRectification.History.ToArray()];

        AddPolicy(values, StructurePolicy.Default);
        AddPolicy(values, AffiliationPolicy.Default);
        AddPolicy(values, FourHavesPolicy.Default);
        AddPolicy(values, EvaluationPolicy.Default);
        AddPolicy(values, AccountabilityPolicy.Default);
        AddPolicy(values, OutreachPolicy.Default);
        AddPolicy(values, EducationPolicy.Default);
        AddPolicy(values, PetitionPolicy.Default);
        AddPolicy(values, TeamsPolicy.Default);
        AddPolicy(values, DuesPolicy.Default);
        return values;
    }

    private static void AddPolicy<TPolicy>(Dictionary<Type, object?[]> values, TPolicy policy)
        where TPolicy : class
    {
        var set = PolicySet.Of(policy);
        values[typeof(TPolicy)] = [policy];
        values[typeof(PolicySet<TPolicy>)] = [set];
        values[typeof(PolicyVersion<TPolicy>)] = [set.Latest];
    }

    /// <summary>Valid values of <paramref name="type"/>: hand-picked, derived (enums, nullables, lists), or sampled instances.</summary>
    public static IReadOnlyList<object?> ValuesOf(Type type) => ValuesOf(type, Graph.Value);

    private static IReadOnlyList<object?> ValuesOf(Type type, Pool pool)
    {
        if (Explicit.TryGetValue(type, out var values))
        {
            return values;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return [.. ValuesOf(underlying, pool), null];
        }

        if (type.IsEnum)
        {
            return [.. Enum.GetValues(type).Cast<object?>()];
        }

        if (ElementTypeOfList(type) is { } element)
        {
            var items = ValuesOf(element, pool).Where(v => v is not null).Distinct().ToArray();
            return [ListOf(type, element, items), ListOf(type, element, [])];
        }

        return pool.OfType(type);
    }

    /// <summary>The element type when <paramref name="type"/> is an array, a <see cref="List{T}"/> or an interface an array implements.</summary>
    public static Type? ElementTypeOfList(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
        {
            return null;
        }

        var element = type.GetGenericArguments()[0];
        return type == typeof(List<>).MakeGenericType(element) || (type.IsInterface && type.IsAssignableFrom(element.MakeArrayType()))
            ? element
            : null;
    }

    /// <summary>A list of <paramref name="items"/> that <paramref name="type"/> accepts: an array, or a <see cref="List{T}"/> when asked for one.</summary>
    public static object ListOf(Type type, Type element, IReadOnlyList<object?> items)
    {
        var array = Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        return type.IsArray || type.IsInterface ? array : Activator.CreateInstance(type, array)!;
    }

    /// <summary>
    /// Argument lists for <paramref name="method"/>: the i-th list takes the i-th value of every parameter
    /// (cycling), so the first list is the coherent one and the others vary every parameter at once.
    /// </summary>
    public static IEnumerable<object?[]> ArgumentsFor(MethodBase method) => ArgumentsFor(method, Graph.Value);

    private static IEnumerable<object?[]> ArgumentsFor(MethodBase method, Pool pool)
    {
        var parameters = method.GetParameters();
        if (parameters.Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike || p.ParameterType.IsPointer))
        {
            yield break;
        }

        var choices = parameters.Select(p => ValuesOf(p.ParameterType, pool)).ToArray();
        if (choices.Any(c => c.Count == 0))
        {
            yield break;
        }

        var count = choices.Length == 0 ? 1 : choices.Max(c => c.Count);
        for (var i = 0; i < count; i++)
        {
            yield return [.. choices.Select(c => c[i % c.Count])];
        }
    }

    /// <summary>Every sampled instance of a public type of the library, each type at most a few times.</summary>
    public static IReadOnlyList<object> Instances => Graph.Value.All;

    /// <summary>The sampled instances that <paramref name="type"/> accepts.</summary>
    public static IReadOnlyList<object?> InstancesOf(Type type) => Graph.Value.OfType(type);

    /// <summary>Whether the library declares <paramref name="type"/> (of any visibility; a closed generic of its own counts, an array does not).</summary>
    public static bool IsLibraryType(Type type) => !type.IsArray && type.Assembly == Library; // an array reports its element's assembly

    /// <summary>Public methods that query an object or build a new one (not <c>ToString</c>, operators, record plumbing or <see cref="Mutators"/>).</summary>
    public static bool IsQuery(MethodInfo method) =>
        method.ReturnType != typeof(void)
        && !method.IsSpecialName
        && !method.IsGenericMethodDefinition
        && method.DeclaringType is { } declaring && IsLibraryType(declaring)
        && method.Name is not ("ToString" or "Equals" or "GetHashCode" or "Deconstruct" or "<Clone>$" or "PrintMembers" or "CompareTo")
        && !Mutators.Contains(declaring.Name + "." + method.Name);

    /// <summary>Calls <paramref name="method"/>; a refused call returns its exception.</summary>
    public static object? Invoke(MethodBase method, object? target, object?[] arguments) =>
        TryInvoke(method, target, arguments, out var result) ?? result;

    /// <summary>Calls <paramref name="method"/>.</summary>
    /// <returns>The exception it threw, or null when it returned <paramref name="result"/>.</returns>
    public static Exception? TryInvoke(MethodBase method, object? target, object?[] arguments, out object? result)
    {
        try
        {
            result = method is ConstructorInfo constructor ? constructor.Invoke(arguments) : method.Invoke(target, arguments);
            return null;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            result = null;
            return e.InnerException;
        }
    }

    private static Pool BuildGraph()
    {
        var pool = new Pool();
        foreach (var value in Explicit.Values.SelectMany(v => v))
        {
            pool.Add(value);
        }

        foreach (var service in RuleServices)
        {
            pool.Add(Service(service));
        }

        pool.Add(new PartyBuildingOptions());
        foreach (var type in Library.GetExportedTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.GetIndexParameters().Length == 0))
            {
                pool.Add(property.GetValue(null));
            }
        }

        // Three rounds: inputs → decisions → what the decisions give (published results, summaries, model lists).
        for (var round = 0; round < 3; round++)
        {
            pool.Walk();
            ConstructMissing(pool);
            CallQueries(pool);
        }

        pool.Walk();
        return pool;
    }

    /// <summary>Builds a type nothing returned yet (a specification, a summary, a record) through its public constructors.</summary>
    private static void ConstructMissing(Pool pool)
    {
        foreach (var type in Library.GetExportedTypes().Where(t => t is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false } && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t)))
        {
            if (pool.Has(type))
            {
                continue;
            }

            foreach (var constructor in type.GetConstructors())
            {
                foreach (var arguments in ArgumentsFor(constructor, pool).Take(3))
                {
                    pool.Add(Invoke(constructor, null, arguments));
                }
            }
        }
    }

    private static void CallQueries(Pool pool)
    {
        var results = new List<object?>();
        foreach (var type in Library.GetExportedTypes().Where(t => !t.IsEnum))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => IsQuery(m) && !m.ContainsGenericParameters))
            {
                results.AddRange(ArgumentsFor(method, pool).Select(a => Invoke(method, null, a)));
            }
        }

        foreach (var target in pool.All.GroupBy(o => o.GetType()).SelectMany(g => g.Take(3)).ToArray())
        {
            foreach (var method in target.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(IsQuery))
            {
                results.AddRange(ArgumentsFor(method, pool).Select(a => Invoke(method, target, a)));
            }
        }

        foreach (var result in results)
        {
            pool.Add(result);
        }
    }

    /// <summary>Instances by runtime type, a few of each, and everything reachable from them through public properties.</summary>
    private sealed class Pool
    {
        private const int PerType = 8;
        private readonly List<object> all = [];
        private readonly Dictionary<Type, List<object>> byType = [];
        private int walked;

        public IReadOnlyList<object> All => all;

        public bool Has(Type type) => all.Any(type.IsInstanceOfType);

        public IReadOnlyList<object?> OfType(Type type) => [.. all.Where(type.IsInstanceOfType).Take(PerType)];

        public void Add(object? value)
        {
            if (value is null or string)
            {
                return;
            }

            var type = value.GetType();
            if (value is IEnumerable sequence && !(IsLibraryType(type) && type.IsPublic))
            {
                // A list or a lazy sequence the library returned: its items are the samples.
                foreach (var item in Items(sequence))
                {
                    Add(item);
                }

                return;
            }

            if (!IsLibraryType(type))
            {
                return;
            }

            if (!byType.TryGetValue(type, out var same))
            {
                byType[type] = same = [];
            }

            if (same.Count >= PerType || same.Any(s => ReferenceEquals(s, value) || (type.IsValueType && s.Equals(value))))
            {
                return;
            }

            same.Add(value);
            all.Add(value);
        }

        /// <summary>Adds what the public properties of every instance not walked yet lead to, and the items of the collections they return.</summary>
        public void Walk()
        {
            while (walked < all.Count)
            {
                var current = all[walked++];
                foreach (var property in current.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType is { } d && IsLibraryType(d)))
                {
                    object? value;
                    try
                    {
                        value = property.GetValue(current);
                    }
                    catch (TargetInvocationException)
                    {
                        continue;
                    }

                    Add(value);
                }
            }
        }

        private static IEnumerable<object?> Items(IEnumerable sequence)
        {
            try
            {
                return [.. sequence.Cast<object?>().Take(50)];
            }
            catch (Exception e)
            {
                return [e]; // a lazy sequence that refuses its input: the exception is the sample
            }
        }
    }
}
