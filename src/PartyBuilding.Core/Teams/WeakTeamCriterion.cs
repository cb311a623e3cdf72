namespace PartyBuilding.Core.Teams;

/// <summary>The criteria by which a village-level team is identified as weak and lax (软弱涣散), each a policy figure.</summary>
public enum WeakTeamCriterion
{
    /// <summary>The secretary post vacant for more than the policy's months, with work stalled.</summary>
    SecretaryVacant,

    /// <summary>Required meetings (三会一课) held below the policy's share of those due.</summary>
    MeetingsNotHeld,

    /// <summary>No development candidate (发展对象) for the policy's months or more.</summary>
    NoDevelopmentCandidate,

    /// <summary>Petitions in the period at or above the policy's count (信访矛盾集中).</summary>
    PetitionsConcentrated,

    /// <summary>Among the last places of the annual assessment.</summary>
    LastInAssessment,

    /// <summary>Public satisfaction below the policy's share.</summary>
    LowSatisfaction,

    /// <summary>The committee election not completed on time.</summary>
    ElectionNotOnTime,

    /// <summary>Cadres advised Adjust by the democratic evaluation and not adjusted.</summary>
    CadresNotAdjusted,

    /// <summary>The mid-term inspection found the team poor.</summary>
    MidTermInspectionPoor,
}
