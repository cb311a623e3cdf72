namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>
/// What breaks a boundary convention of issue 13 on the code this branch started from (the kernel of
/// 2026-12, before the capability fixes). The conventions tests skip these and print them; in the
/// deterministic tests a key that no longer breaks fails, so the lists only shrink. The lead empties them as
/// the fixes from the capability branches merge; <see cref="KnownBreaksTests"/> refuses a key that names
/// nothing (a member renamed or a signature changed).
/// </summary>
internal static class KnownBreaks
{
    /// <summary>Members returning a collection that a cast can write through (<see cref="ImmutabilityConventionsTests"/>).</summary>
    public static readonly IReadOnlySet<string> Immutability = new HashSet<string>(StringComparer.Ordinal)
    {
        "AccountabilityCase.History",
        "AffiliationDecision.Reasons",
        "Ballot.Ratings",
        "CandidateResult.Groups",
        "CandidateResult.Reasons",
        "ContactAssessment.Reasons",
        "CoverageAnalyzer.AdviseJointBranches(IEnumerable<EnterpriseProfile>)",
        "EvaluationRound.Candidates",
        "EvaluationRound.Groups",
        "EvaluationRoundResult.Candidates",
        "EvaluationRoundResult.Groups",
        "FourHavesAssessment.Reasons",
        "FourHavesAssessor.AssessAll(IEnumerable<EnterpriseProfile>)",
        "FourHavesPolicy.Indicators",
        "ICoverageAnalyzer.AdviseJointBranches(IEnumerable<EnterpriseProfile>)",
        "JointBranchGroup.Enterprises",
        "JointBranchGroup.Reasons",
        "MigrantBranchRecommendation.CandidateSecretaries",
        "MigrantBranchRecommendation.Reasons",
        "OrganizationRegistry.InArea(String, OrganizationKind)",
        "OrganizationRegistry.MembersOf(OrganizationId)",
        "OrganizationRegistry.OfKind(OrganizationKind)",
        "OrganizationRegistry.Organizations",
        "PublishedRoundResult.Candidates",
        "PublishedRoundResult.Groups",
        "PublishedRoundResult.Withhold(IReadOnlyList<Int32>, Int32)",
        "RaterGroup.Voters",
        "SanctionDecision.Reasons",
        "ShareRule.Bands",
        "StructureAdvice.Reasons",
    };

    /// <summary>Lists a constructor, factory or <c>init</c> takes and does not copy (<see cref="ImmutabilityConventionsTests"/>).</summary>
    public static readonly IReadOnlySet<string> ListInputs = new HashSet<string>(StringComparer.Ordinal)
    {
        "AccountabilityCase.Replay(history)",
        "AccountabilityPolicy.CadreLadder { init; }",
        "AccountabilityPolicy.OrganizationLadder { init; }",
        "AffiliationDecision(Reasons)",
        "AffiliationDecision.Reasons { init; }",
        "Ballot(Ratings)",
        "Ballot.Ratings { init; }",
        "CandidateResult.Groups { init; }",
        "CandidateResult.Reasons { init; }",
        "ContactAssessment(Reasons)",
        "ContactAssessment.Reasons { init; }",
        "EvaluationRound(candidates)",
        "EvaluationRound(groups)",
        "FourHavesPolicy.GradeBands { init; }",
        "FourHavesPolicy.Indicators { init; }",
        "FourHavesPolicy.Vetoes { init; }",
        "JointBranchGroup(Enterprises)",
        "JointBranchGroup(Reasons)",
        "JointBranchGroup.Enterprises { init; }",
        "JointBranchGroup.Reasons { init; }",
        "MigrantBranchRecommendation(CandidateSecretaries)",
        "MigrantBranchRecommendation(Reasons)",
        "MigrantBranchRecommendation.CandidateSecretaries { init; }",
        "MigrantBranchRecommendation.Reasons { init; }",
        "OrganizationRegistry(organizations)",
        "PublishedCandidateResult(Groups)",
        "PublishedCandidateResult.Groups { init; }",
        "RaterGroup(voters)",
        "SanctionDecision(Reasons)",
        "SanctionDecision.Reasons { init; }",
        "SanctionRequest.PriorSubstantiatedOn { init; }",
        "ShareRule(Bands)",
        "ShareRule.Bands { init; }",
        "StructureAdvice(Reasons)",
        "StructureAdvice.Reasons { init; }",
    };

    /// <summary>
    /// Entry points that answer some input with an uncoded exception, as <c>entry point → exception</c>
    /// (<see cref="CodedErrorsConventionsTests"/>). The properties search at random, so a break a run does not
    /// meet is only printed ("not met in this run"), not failed. Today: <c>ArgumentNullException</c> for a null
    /// argument (the kernel's <c>Failures.ThrowIfInvalid</c> throws it for a null instance);
    /// <c>ArgumentException</c> from the id structs (<c>Guard.Id</c>); <c>OverflowException</c> from checked
    /// arithmetic on undefined enum values and from dates near 9999-12-31; <c>KeyNotFoundException</c> from
    /// <c>GetOrganization</c>; a plain <c>ArgumentException</c> for a span destination of the wrong length.
    /// </summary>
    public static readonly IReadOnlySet<string> CodedErrors = new HashSet<string>(StringComparer.Ordinal)
    {
        "AccountabilityCase.Conclude(LocalDate, Finding) → ArgumentNullException",
        "AccountabilityCase.Conclude(LocalDate, Finding) → OverflowException",
        "AccountabilityCase.ExtendDeadline(LocalDate, Int32, String) → ArgumentNullException",
        "AccountabilityCase.OpenForMissedOrder(CaseId, RectificationOrder, LocalDate, PolicySet<AccountabilityPolicy>) → ArgumentNullException",
        "AccountabilityCase.OpenForMissedOrder(CaseId, RectificationOrder, LocalDate, PolicySet<AccountabilityPolicy>) → OverflowException",
        "AccountabilityCase.Receive(Complaint, LocalDate, PolicySet<AccountabilityPolicy>) → ArgumentNullException",
        "AccountabilityCase.Receive(Complaint, LocalDate, PolicySet<AccountabilityPolicy>) → OverflowException",
        "AccountabilityCase.Receive(Complaint, LocalDate, PolicyVersion<AccountabilityPolicy>) → ArgumentNullException",
        "AccountabilityCase.Receive(Complaint, LocalDate, PolicyVersion<AccountabilityPolicy>) → OverflowException",
        "AccountabilityCase.RecordProgress(LocalDate, String) → ArgumentNullException",
        "AccountabilityCase.Replay(IEnumerable<CaseEvent>) → ArgumentNullException",
        "AccountabilityCase.Sanction(LocalDate, SanctionDecision) → ArgumentNullException",
        "BallotBox(EvaluationRound) → ArgumentNullException",
        "BallotBox.Cast(BallotPaper, IEnumerable<CandidateRating>) → ArgumentNullException",
        "CadreId(String) → ArgumentException",
        "CaseId(String) → ArgumentException",
        "EnterpriseId(String) → ArgumentException",
        "EvaluationRound(RoundId, IEnumerable<CadreId>, IEnumerable<RaterGroup>, LocalDate, LocalDate, String) → ArgumentNullException",
        "IAccountabilityEscalator.Decide(AccountabilityCase, IReadOnlyList<LocalDate>, LocalDate) → ArgumentNullException",
        "IAccountabilityEscalator.Decide(AccountabilityCase, IReadOnlyList<LocalDate>, LocalDate) → OverflowException",
        "IAccountabilityEscalator.Decide(SanctionRequest) → ArgumentNullException",
        "IAccountabilityEscalator.Decide(SanctionRequest) → OverflowException",
        "IAffiliationAssigner.Assign(MobileMember, OrganizationRegistry) → ArgumentNullException",
        "IAffiliationAssigner.AssignAll(IEnumerable<MobileMember>, OrganizationRegistry) → ArgumentNullException",
        "IAffiliationAssigner.AssignAll(ReadOnlySpan<MobileMember>, OrganizationRegistry, Span<AffiliationDecision>) → ArgumentException",
        "IAffiliationAssigner.AssignAll(ReadOnlySpan<MobileMember>, OrganizationRegistry, Span<AffiliationDecision>) → ArgumentNullException",
        "IContactStandingAssessor.Assess(MemberId, LocalDate, IEnumerable<ContactRecord>, LocalDate) → ArgumentNullException",
        "ICoverageAnalyzer.AdviseJointBranches(IEnumerable<EnterpriseProfile>) → ArgumentNullException",
        "ICoverageAnalyzer.Classify(EnterpriseProfile) → ArgumentNullException",
        "ICoverageAnalyzer.Measure(IEnumerable<EnterpriseProfile>) → ArgumentNullException",
        "IDemocraticEvaluationTally.Tally(BallotBox) → ArgumentNullException",
        "IDemocraticEvaluationTally.Tally(BallotBox, IEnumerable<CadreId>) → ArgumentNullException",
        "IDemocraticEvaluationTally.Tally(EvaluationRound, IEnumerable<Ballot>) → ArgumentNullException",
        "IDemocraticEvaluationTally.Tally(EvaluationRound, IEnumerable<Ballot>, IEnumerable<CadreId>) → ArgumentNullException",
        "IFourHavesAssessor.Assess(EnterpriseProfile) → ArgumentNullException",
        "IMigrantBranchAdvisor.Advise(IEnumerable<MobileMember>, OrganizationRegistry) → ArgumentNullException",
        "MemberId(String) → ArgumentException",
        "OrganizationId(String) → ArgumentException",
        "OrganizationRegistry(IEnumerable<PartyOrganization>, IEnumerable<KeyValuePair<MemberId, OrganizationId>>) → ArgumentNullException",
        "OrganizationRegistry.GetOrganization(OrganizationId) → KeyNotFoundException",
        "OrganizationRegistry.InArea(String, OrganizationKind) → ArgumentNullException",
        "OrganizationRegistry.OfKind(OrganizationKind) → OverflowException",
        "OrganizationRegistry.TryGetInArea(String, OrganizationKind, PartyOrganization) → ArgumentNullException",
        "PolicySet<StructurePolicy>(IEnumerable<PolicyVersion<StructurePolicy>>) → ArgumentNullException",
        "RectificationOrderId(String) → ArgumentException",
        "RoundId(String) → ArgumentException",
        "VoterId(String) → ArgumentException",
    };

    /// <summary>
    /// Rule services whose reasons keep text rather than figures as arguments, so their codes and figures differ
    /// by the UI culture of the decision (<see cref="ThreadSafetyConventionsTests"/>; the threads are still compared).
    /// </summary>
    public static readonly IReadOnlySet<string> ThreadSafety = new HashSet<string>(StringComparer.Ordinal)
    {
        "IAccountabilityEscalator", // ACC.SANCTION, ACC.BASE_LEVEL, ACC.HELD_AT_BOTTOM… take the level and kind names as localized text
    };
}
