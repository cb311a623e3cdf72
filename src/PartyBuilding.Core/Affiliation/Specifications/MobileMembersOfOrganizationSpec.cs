using Ardalis.Specification;

namespace PartyBuilding.Core.Affiliation.Specifications;

/// <summary>Mobile members assigned to one organization (for example a migrant branch), ordered by id.</summary>
public sealed class MobileMembersOfOrganizationSpec : Specification<MobileMemberSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="organization">The organization; not the default id.</param>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is the default id.</exception>
    public MobileMembersOfOrganizationSpec(OrganizationId organization)
    {
        if (organization.IsDefault)
        {
            throw new ArgumentException(MessageCatalog.Format(CommonErrorCodes.IdEmpty), nameof(organization));
        }

        OrganizationId? id = organization;
        Query.Where(m => m.Organization == id)
             .OrderBy(m => m.Id);
    }
}
