using Ardalis.Specification;

namespace PartyBuilding.Core.Teams.Specifications;

/// <summary>Teams identified as weak and lax and not yet in rectification, earliest assessed first, then by organization.</summary>
public sealed class TeamsAwaitingRectificationSpec : OrdinalSpecification<TeamAssessmentSummary>
{
    /// <summary>Creates the specification.</summary>
    public TeamsAwaitingRectificationSpec()
    {
        Query.Where(t => t.IsWeakAndLax && !t.InRectification)
            .OrderBy(t => t.AssessedOn)
            .ThenBy(t => t.Organization);
    }
}
