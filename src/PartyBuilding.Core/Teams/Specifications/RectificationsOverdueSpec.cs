using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Teams.Specifications;

/// <summary>Rectifications not accepted after their deadline (with any extension) on a date; earliest deadline first, then by id.</summary>
/// <remarks>Not overdue on the deadline day itself, only from the day after.</remarks>
public sealed class RectificationsOverdueSpec : OrdinalSpecification<RectificationCaseSummary>
{
    /// <summary>Creates the specification for <paramref name="date"/>.</summary>
    public RectificationsOverdueSpec(LocalDate date)
    {
        Query.Where(c => c.State != RectificationState.Accepted && c.Deadline < date)
            .OrderBy(c => c.Deadline)
            .ThenBy(c => c.Id);
    }
}
