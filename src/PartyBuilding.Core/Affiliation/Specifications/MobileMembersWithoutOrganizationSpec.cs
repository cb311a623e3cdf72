using Ardalis.Specification;

namespace PartyBuilding.Core.Affiliation.Specifications;

/// <summary>Mobile members not assigned to any organization (pending introduction or unassigned), ordered by id.</summary>
public sealed class MobileMembersWithoutOrganizationSpec : OrdinalSpecification<MobileMemberSummary>
{
    /// <summary>Creates the specification.</summary>
    public MobileMembersWithoutOrganizationSpec()
    {
        Query.Where(m => m.Organization == null)
             .OrderBy(m => m.Id);
    }
}
