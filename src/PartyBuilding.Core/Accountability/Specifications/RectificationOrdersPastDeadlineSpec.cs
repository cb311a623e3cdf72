using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Accountability.Specifications;

/// <summary>Rectification orders still open (not met) after their deadline on a date, earliest deadline first, then by id.</summary>
public sealed class RectificationOrdersPastDeadlineSpec : OrdinalSpecification<RectificationOrderSummary>
{
    /// <summary>Creates the specification for <paramref name="date"/>.</summary>
    public RectificationOrdersPastDeadlineSpec(LocalDate date)
    {
        Query.Where(o => o.MetOn == null && o.Deadline < date)
            .OrderBy(o => o.Deadline)
            .ThenBy(o => o.Id);
    }
}
