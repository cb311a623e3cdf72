using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Teams.Specifications;

/// <summary>
/// Village branches due or overdue for their mid-term inspection on a date: not inspected, window open on or before
/// it. Earliest due first, then by branch. A branch is overdue among them when its <c>DueOn</c> is before the date.
/// </summary>
public sealed class MidTermInspectionsDueSpec : OrdinalSpecification<MidTermInspectionSummary>
{
    /// <summary>Creates the specification for <paramref name="date"/>.</summary>
    public MidTermInspectionsDueSpec(LocalDate date)
    {
        Query.Where(i => i.InspectedOn == null && i.OpensOn <= date)
            .OrderBy(i => i.DueOn)
            .ThenBy(i => i.Branch);
    }
}
