using Ardalis.Specification;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Affiliation.Specifications;

/// <summary>Mobile members assigned to one organization (for example a migrant branch), ordered by id.</summary>
public sealed class MobileMembersOfOrganizationSpec : OrdinalSpecification<MobileMemberSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="organization">The organization; not the default id.</param>
    /// <exception cref="InvalidInputException"><paramref name="organization"/> is the default id (code <c>ORG.ID_MISSING</c>).</exception>
    public MobileMembersOfOrganizationSpec(OrganizationId organization)
    {
        if (organization.IsDefault)
        {
            throw new InvalidInputException([Failures.Of(nameof(organization), OrganizationErrorCodes.IdMissing, null)]);
        }

        OrganizationId? id = organization;
        Query.Where(m => m.Organization == id)
             .OrderBy(m => m.Id);
    }
}
