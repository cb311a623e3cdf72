using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>What a host stores about a team's latest identification so that specifications can query it. Build one with <see cref="Of"/>.</summary>
public sealed record TeamAssessmentSummary
{
    /// <summary>The organization.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>The as-of date of the latest assessment.</summary>
    public required LocalDate AssessedOn { get; init; }

    /// <summary>Whether it found the team weak and lax.</summary>
    public required bool IsWeakAndLax { get; init; }

    /// <summary>The criteria it found met.</summary>
    public int CriteriaMet { get; init; }

    /// <summary>Whether a rectification case is open or done for this identification (the host sets it when it opens one).</summary>
    public bool InRectification { get; init; }

    /// <summary>The summary of <paramref name="assessment"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static TeamAssessmentSummary Of(WeakTeamAssessment assessment, bool inRectification = false)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new TeamAssessmentSummary
        {
            Organization = assessment.Organization,
            AssessedOn = assessment.AsOf,
            IsWeakAndLax = assessment.IsWeakAndLax,
            CriteriaMet = assessment.CriteriaMet.Count,
            InRectification = inRectification,
        };
    }
}
