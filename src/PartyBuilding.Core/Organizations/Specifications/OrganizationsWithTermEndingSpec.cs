using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Organizations.Specifications;

/// <summary>Organizations whose term ends on or before <c>date</c> (换届 due), earliest first, then by id.</summary>
public sealed class OrganizationsWithTermEndingSpec : OrdinalSpecification<OrganizationSummary>
{
    /// <summary>Creates the specification for terms ending on or before <paramref name="date"/>.</summary>
    public OrganizationsWithTermEndingSpec(LocalDate date)
    {
        Query.Where(o => o.TermEndsOn <= date)
            .OrderBy(o => o.TermEndsOn)
            .ThenBy(o => o.Id);
    }
}
