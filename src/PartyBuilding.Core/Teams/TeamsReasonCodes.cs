namespace PartyBuilding.Core.Teams;

/// <summary>Stable codes of the reasons behind teams decisions (listed in <c>docs/reasons.md</c>).</summary>
public static class TeamsReasonCodes
{
    /// <summary>The team is weak and lax: enough criteria met (first reason).</summary>
    public const string WeakAndLax = "TEAM.WEAK_AND_LAX";

    /// <summary>The team is not weak and lax: too few criteria met (first reason).</summary>
    public const string NotWeakAndLax = "TEAM.SOUND";

    /// <summary>The secretary post vacant too long with work stalled.</summary>
    public const string SecretaryVacant = "TEAM.SECRETARY_VACANT";

    /// <summary>Too few required meetings held.</summary>
    public const string MeetingsNotHeld = "TEAM.MEETINGS_NOT_HELD";

    /// <summary>No development candidate for too long.</summary>
    public const string NoDevelopmentCandidate = "TEAM.NO_DEVELOPMENT_CANDIDATE";

    /// <summary>No development candidate ever recorded.</summary>
    public const string NoDevelopmentCandidateRecorded = "TEAM.NO_DEVELOPMENT_CANDIDATE_RECORDED";

    /// <summary>Petitions concentrated in the period.</summary>
    public const string PetitionsConcentrated = "TEAM.PETITIONS_CONCENTRATED";

    /// <summary>Among the last places of the annual assessment.</summary>
    public const string LastInAssessment = "TEAM.LAST_IN_ASSESSMENT";

    /// <summary>Public satisfaction below the bound.</summary>
    public const string LowSatisfaction = "TEAM.LOW_SATISFACTION";

    /// <summary>The committee election not completed on time.</summary>
    public const string ElectionNotOnTime = "TEAM.ELECTION_NOT_ON_TIME";

    /// <summary>Cadres advised Adjust and not adjusted.</summary>
    public const string CadresNotAdjusted = "TEAM.CADRES_NOT_ADJUSTED";

    /// <summary>The mid-term inspection found the team poor.</summary>
    public const string MidTermInspectionPoor = "TEAM.MID_TERM_POOR";

    /// <summary>The lowest share of a ranking proposed for review.</summary>
    public const string ReviewProposed = "TEAM.REVIEW_PROPOSED";

    /// <summary>Organizations tying with the last proposed score proposed too.</summary>
    public const string ReviewTiesIncluded = "TEAM.REVIEW_TIES_INCLUDED";

    /// <summary>Induction training of a new cadre not required.</summary>
    public const string InductionNotRequired = "TEAM.INDUCTION_NOT_REQUIRED";

    /// <summary>Induction training done.</summary>
    public const string InductionDone = "TEAM.INDUCTION_DONE";

    /// <summary>Induction training pending.</summary>
    public const string InductionPending = "TEAM.INDUCTION_PENDING";

    /// <summary>Induction training overdue.</summary>
    public const string InductionOverdue = "TEAM.INDUCTION_OVERDUE";

    /// <summary>Rotation training not yet required.</summary>
    public const string RotationNotRequired = "TEAM.ROTATION_NOT_REQUIRED";

    /// <summary>Rotation training of the year done.</summary>
    public const string RotationDone = "TEAM.ROTATION_DONE";

    /// <summary>Rotation training of the year pending.</summary>
    public const string RotationPending = "TEAM.ROTATION_PENDING";

    /// <summary>Rotation training of the last year missed.</summary>
    public const string RotationOverdue = "TEAM.ROTATION_OVERDUE";

    /// <summary>An assistant post held on the date.</summary>
    public const string AssistantPost = "TEAM.ASSISTANT_POST";

    /// <summary>A temporary post held on the date.</summary>
    public const string TemporaryPost = "TEAM.TEMPORARY_POST";
}
