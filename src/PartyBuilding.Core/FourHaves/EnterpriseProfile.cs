using System.Numerics;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// What a township knows about one non-public enterprise and its party organization: the facts the
/// seed names for each of the four haves, and the membership figures coverage is decided from.
/// Counts are for the assessment period the host chooses (usually a year).
/// </summary>
/// <remarks>
/// Checked by <see cref="Validation.EnterpriseProfileValidator"/>: counts are not negative, and parts
/// do not exceed their wholes (members in management ≤ members, ideas adopted ≤ ideas collected,
/// violations reported or resolved ≤ violations found, …).
/// </remarks>
public sealed record EnterpriseProfile
{
    private readonly IReadOnlyDictionary<string, int> extraFacts = ExtraFactTable.Empty;

    /// <summary>The enterprise.</summary>
    public required EnterpriseId Id { get; init; }

    /// <summary>The area (village, community or industrial park code) the enterprise lies in; null when unknown. Used to group joint branches.</summary>
    public string? AreaCode { get; init; }

    /// <summary>Whether the enterprise is operating; coverage rates count operating enterprises only.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Operating { get; init; } = true;

    /// <summary>Full party members (正式党员) among the employees.</summary>
    public int FullMembers { get; init; }

    /// <summary>Probationary party members (预备党员) among the employees.</summary>
    public int ProbationaryMembers { get; init; }

    /// <summary>Whether the township has assigned a party-building instructor (党建指导员) to the enterprise.</summary>
    public bool InstructorAssigned { get; init; }

    // Seat 有位置

    /// <summary>Seat: the party organization takes part in the enterprise's decision-making (参与决策).</summary>
    public bool TakesPartInDecisions { get; init; }

    /// <summary>Seat: the branch is led by party members at or above middle management (中层以上党员任支部负责人).</summary>
    public bool BranchLedByManagement { get; init; }

    /// <summary>Seat: party members at or above middle management.</summary>
    public int MembersInManagement { get; init; }

    /// <summary>Seat: "golden ideas" and strategies collected from members and employees (金点子、我为企业献一策).</summary>
    public int IdeasCollected { get; init; }

    /// <summary>Seat: of <see cref="IdeasCollected"/>, those the enterprise adopted.</summary>
    public int IdeasAdopted { get; init; }

    // Action 有作为

    /// <summary>Action: party members in key posts (关键岗位).</summary>
    public int MembersInKeyPosts { get; init; }

    /// <summary>Action: technical achievements (技术攻关成果) credited to party members.</summary>
    public int TechnicalAchievements { get; init; }

    /// <summary>Action: party-member pioneer posts (党员先锋岗) set up.</summary>
    public int PioneerPosts { get; init; }

    // Attraction 有吸引力

    /// <summary>Attraction: a trade union (工会) is established alongside the party organization.</summary>
    public bool UnionEstablished { get; init; }

    /// <summary>Attraction: a Youth League organization (团组织) is established alongside the party organization.</summary>
    public bool LeagueEstablished { get; init; }

    /// <summary>Attraction: activities held for employees by the party, union and league organizations.</summary>
    public int ActivitiesHeld { get; init; }

    /// <summary>Attraction: league members and young workers (团员和青年职工) in the enterprise.</summary>
    public int LeagueMembersAndYoungWorkers { get; init; }

    /// <summary>Attraction: of <see cref="LeagueMembersAndYoungWorkers"/>, those who applied to join the party (入党申请人).</summary>
    public int MembershipApplicants { get; init; }

    // Supervision 有监督

    /// <summary>Supervision: the areas whose compliance the organization checked.</summary>
    public ComplianceArea ComplianceChecks { get; init; }

    /// <summary>Supervision: violations (illegal operation, tax evasion, counterfeiting, harm to employees' rights) found.</summary>
    public int ViolationsFound { get; init; }

    /// <summary>Supervision: of <see cref="ViolationsFound"/>, those resisted and reported to the authorities.</summary>
    public int ViolationsReported { get; init; }

    /// <summary>Supervision: of <see cref="ViolationsFound"/>, those resolved (rectified).</summary>
    public int ViolationsResolved { get; init; }

    /// <summary>Supervision: of the unresolved violations, the serious ones (the default veto item).</summary>
    public int SeriousViolationsUnresolved { get; init; }

    // A province's own facts

    /// <summary>
    /// The facts a province's own table names itself (for example <c>BranchMeetingsHeld</c>, 三会一课), by key
    /// (<see cref="FactKey"/>); booleans as 0 or 1. Copied when set and compared by content; keys are compared ordinally.
    /// </summary>
    /// <value>The default value is empty: the default table reads built-in facts only.</value>
    /// <remarks>
    /// The validator refuses an empty or malformed key (<c>FH.EXTRA_FACT_KEY_INVALID</c>), a key that is a built-in
    /// fact's name in any case (<c>FH.EXTRA_FACT_KEY_RESERVED</c>) and a negative value (<c>FH.COUNT_NEGATIVE</c>).
    /// A fact the table reads and the profile does not give counts as 0, and the assessment says so
    /// (<c>FH.EXTRA_FACT_MISSING</c>); a key the table does not read is ignored.
    /// </remarks>
    public IReadOnlyDictionary<string, int> ExtraFacts
    {
        get => extraFacts;
        init => extraFacts = ExtraFactTable.From(value)!;
    }

    /// <summary>All party members, full and probationary.</summary>
    public long PartyMembers => (long)FullMembers + ProbationaryMembers;

    /// <summary>The number of <see cref="EnterpriseFact"/> values.</summary>
    internal const int FactCount = (int)EnterpriseFact.SeriousViolationsUnresolved + 1;

    /// <summary>The value of <paramref name="key"/>: a built-in fact, or an extra fact (0 when the profile does not give it).</summary>
    internal int FactValue(FactKey key)
    {
        if (key.BuiltIn is { } fact)
        {
            Span<int> facts = stackalloc int[FactCount];
            CopyFactsTo(facts);
            return facts[(int)fact];
        }

        return key.Name is not null && ExtraFacts.TryGetValue(key.Name, out var value) ? value : 0;
    }

    /// <summary>
    /// Writes every fact, indexed by <see cref="EnterpriseFact"/>, into <paramref name="facts"/>; booleans read as
    /// 0 or 1. The one place facts are read: the scorecard's rules and veto items read them from here (and the extra facts from <see cref="ExtraFacts"/>).
    /// </summary>
    internal void CopyFactsTo(Span<int> facts)
    {
        facts[(int)EnterpriseFact.FullMembers] = FullMembers;
        facts[(int)EnterpriseFact.ProbationaryMembers] = ProbationaryMembers;
        facts[(int)EnterpriseFact.TakesPartInDecisions] = TakesPartInDecisions ? 1 : 0;
        facts[(int)EnterpriseFact.BranchLedByManagement] = BranchLedByManagement ? 1 : 0;
        facts[(int)EnterpriseFact.MembersInManagement] = MembersInManagement;
        facts[(int)EnterpriseFact.IdeasCollected] = IdeasCollected;
        facts[(int)EnterpriseFact.IdeasAdopted] = IdeasAdopted;
        facts[(int)EnterpriseFact.MembersInKeyPosts] = MembersInKeyPosts;
        facts[(int)EnterpriseFact.TechnicalAchievements] = TechnicalAchievements;
        facts[(int)EnterpriseFact.PioneerPosts] = PioneerPosts;
        facts[(int)EnterpriseFact.UnionEstablished] = UnionEstablished ? 1 : 0;
        facts[(int)EnterpriseFact.LeagueEstablished] = LeagueEstablished ? 1 : 0;
        facts[(int)EnterpriseFact.ActivitiesHeld] = ActivitiesHeld;
        facts[(int)EnterpriseFact.LeagueMembersAndYoungWorkers] = LeagueMembersAndYoungWorkers;
        facts[(int)EnterpriseFact.MembershipApplicants] = MembershipApplicants;
        facts[(int)EnterpriseFact.ComplianceAreasChecked] = BitOperations.PopCount((uint)(ComplianceChecks & ComplianceArea.All));
        facts[(int)EnterpriseFact.ViolationsFound] = ViolationsFound;
        facts[(int)EnterpriseFact.ViolationsReported] = ViolationsReported;
        facts[(int)EnterpriseFact.ViolationsResolved] = ViolationsResolved;
        facts[(int)EnterpriseFact.SeriousViolationsUnresolved] = SeriousViolationsUnresolved;
    }
}
