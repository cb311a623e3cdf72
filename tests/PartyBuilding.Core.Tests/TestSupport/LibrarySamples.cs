using System.Collections;
using System.Globalization;
using System.Reflection;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;

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
        new(Org("M3"), "Waikou migrant branch", OrganizationLevel.Branch, OrganizationKind.Migrant, "A3", Org("T")),
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
    ];

    public static readonly ContactRecord[] Contacts =
    [
        new(new MemberId("M01"), ContactKind.Report, new LocalDate(2025, 9, 1)),
        new(new MemberId("M01"), ContactKind.Visit, new LocalDate(2025, 11, 15)),
        new(new MemberId("M01"), ContactKind.DuesPaid, new LocalDate(2026, 1, 10)),
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
            [typeof(EvaluationRound)] = [Round],
            [typeof(RaterGroup)] = [.. Round.Groups],
            [typeof(BallotBox)] = [ClosedBox],
            [typeof(Ballot)] = [.. PaperBallots],
            [typeof(IEnumerable<Ballot>)] = [ClosedBox.Ballots.ToArray(), PaperBallots],
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
        };

        AddPolicy(values, StructurePolicy.Default);
        AddPolicy(values, AffiliationPolicy.Default);
        AddPolicy(values, FourHavesPolicy.Default);
        AddPolicy(values, EvaluationPolicy.Default);
        AddPolicy(values, AccountabilityPolicy.Default);
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
