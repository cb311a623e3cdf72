namespace PartyBuilding.Core.Governance;

/// <summary>Stable codes of the reasons behind procedure verdicts and schedule findings (listed in <c>docs/reasons.md</c>).</summary>
public static class GovernanceReasonCodes
{
    /// <summary>Township: the matter is not of a "three majors, one large" kind; no committee decision is required.</summary>
    public const string NotAMajorMatter = "GOV.NOT_A_MAJOR_MATTER";

    /// <summary>Township: a "three majors, one large" matter decided by the secretary's office meeting alone.</summary>
    public const string DecidedByOfficeAlone = "GOV.DECIDED_BY_OFFICE_ALONE";

    /// <summary>Township: decided by the committee meeting with its quorum and majority.</summary>
    public const string TownshipCompliant = "GOV.TOWNSHIP_COMPLIANT";

    /// <summary>A meeting without its quorum (the text names the meeting, the counts and the share).</summary>
    public const string QuorumNotMet = "GOV.QUORUM_NOT_MET";

    /// <summary>A meeting that did not pass the matter by its majority.</summary>
    public const string NotPassed = "GOV.NOT_PASSED";

    /// <summary>The villagers' meeting had neither its share of adults nor of households (the text cites the law in force).</summary>
    public const string VillagersQuorumNotMet = "GOV.VILLAGERS_QUORUM_NOT_MET";

    /// <summary>The representatives' meeting had fewer than its share present (the text cites the law in force).</summary>
    public const string RepresentativesQuorumNotMet = "GOV.REPRESENTATIVES_QUORUM_NOT_MET";

    /// <summary>The villagers' or representatives' meeting did not pass the matter by more than half of those present.</summary>
    public const string ResolutionNotPassed = "GOV.RESOLUTION_NOT_PASSED";

    /// <summary>One of the six steps has no record.</summary>
    public const string StepMissing = "GOV.STEP_MISSING";

    /// <summary>A step is dated before an earlier step.</summary>
    public const string StepOutOfOrder = "GOV.STEP_OUT_OF_ORDER";

    /// <summary>Party members were not told of the matter beforehand.</summary>
    public const string NoticeMissing = "GOV.NOTICE_MISSING";

    /// <summary>Party members were told too close to their meeting.</summary>
    public const string NoticeLate = "GOV.NOTICE_LATE";

    /// <summary>An expenditure at or above the threshold lacks the secretary's or the director's signature.</summary>
    public const string JointSignatureMissing = "GOV.JOINT_SIGNATURE_MISSING";

    /// <summary>One person holds both posts and no second committee member signed.</summary>
    public const string SecondSignatureMissing = "GOV.SECOND_SIGNATURE_MISSING";

    /// <summary>The resolution was disclosed later than the major-matter limit after it was adopted.</summary>
    public const string DisclosureLate = "GOV.DISCLOSURE_LATE";

    /// <summary>A disclosure was taken down before its minimum posting days.</summary>
    public const string NoticeTakenDownEarly = "GOV.NOTICE_TAKEN_DOWN_EARLY";

    /// <summary>Village: all six steps in order with their quorums, notice and signatures.</summary>
    public const string VillageCompliant = "GOV.VILLAGE_COMPLIANT";

    /// <summary>General village affairs not disclosed within their interval.</summary>
    public const string GeneralDisclosureOverdue = "GOV.GENERAL_DISCLOSURE_OVERDUE";

    /// <summary>Village finances not disclosed within their interval.</summary>
    public const string FinanceDisclosureOverdue = "GOV.FINANCE_DISCLOSURE_OVERDUE";

    /// <summary>A major matter not disclosed within its days.</summary>
    public const string MajorMatterDisclosureOverdue = "GOV.MAJOR_MATTER_DISCLOSURE_OVERDUE";

    /// <summary>Village finances not audited within their interval.</summary>
    public const string FinanceAuditOverdue = "GOV.FINANCE_AUDIT_OVERDUE";

    /// <summary>A tenure or departure audit not published and the next election has come.</summary>
    public const string ElectionAuditNotPublished = "GOV.ELECTION_AUDIT_NOT_PUBLISHED";
}
