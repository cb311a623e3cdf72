using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Teams.Specifications;

/// <summary>Rectifications whose progress check is due on a date (its due day on or before it) and not yet made; earliest due first, then by id.</summary>
public sealed class ProgressChecksDueSpec : OrdinalSpecification<RectificationCaseSummary>
{
    /// <summary>Creates the specification for <paramref name="date"/>.</summary>
    public ProgressChecksDueSpec(LocalDate date)
    {
        Query.Where(c => (c.State == RectificationState.Identified || c.State == RectificationState.PlanApproved) && c.ProgressCheckDue <= date)
            .OrderBy(c => c.ProgressCheckDue)
            .ThenBy(c => c.Id);
    }
}
