using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>
/// The facts of one village-level team that identification reads. Facts other capabilities produce (meetings
/// held from education compliance, petitions, evaluation outcomes, the mid-term inspection) arrive here as plain
/// data the host passes on; Teams does not reference those capabilities.
/// </summary>
public sealed record TeamProfile
{
    /// <summary>The village-level organization.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>The day the secretary post fell vacant, or null when it is filled.</summary>
    public LocalDate? SecretaryVacantSince { get; init; }

    /// <summary>Whether the team's work has stalled (工作停滞).</summary>
    public bool WorkStalled { get; init; }

    /// <summary>Required meetings (三会一课) due in the period.</summary>
    public int RequiredMeetingsDue { get; init; }

    /// <summary>Required meetings held in the period.</summary>
    public int RequiredMeetingsHeld { get; init; }

    /// <summary>The day the last development candidate (发展对象) was confirmed, or null when none is recorded.</summary>
    public LocalDate? LastDevelopmentCandidateOn { get; init; }

    /// <summary>Petitions from the village in the period.</summary>
    public int PetitionsInPeriod { get; init; }

    /// <summary>The team's place in the annual assessment (1 is best), or null when not ranked.</summary>
    public int? AssessmentRank { get; init; }

    /// <summary>The number of teams ranked in the annual assessment, or null when not ranked.</summary>
    public int? AssessmentRanked { get; init; }

    /// <summary>The public satisfaction (群众满意度) as an exact share, or null when not surveyed.</summary>
    public Ratio? PublicSatisfaction { get; init; }

    /// <summary>Whether the committee election was completed on time.</summary>
    /// <value>The default value is true.</value>
    public bool ElectionCompletedOnTime { get; init; } = true;

    /// <summary>Cadres the democratic evaluation advised to Adjust who have not been adjusted.</summary>
    public int CadresAdvisedAdjustNotAdjusted { get; init; }

    /// <summary>The finding of the branch's mid-term inspection, or null when not inspected.</summary>
    public MidTermFinding? MidTermFinding { get; init; }
}
