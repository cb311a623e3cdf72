using Ardalis.Specification;

namespace PartyBuilding.Core.FourHaves.Specifications;

/// <summary>Enterprises whose latest assessment was vetoed (一票否决), ordered by area then id.</summary>
/// <remarks>Ties are broken by <c>Id.Value</c> (a string) so that the order is also total in memory, where keys are compared as objects.</remarks>
public sealed class VetoedEnterprisesSpec : Specification<EnterpriseAssessmentSummary>
{
    /// <summary>Creates the specification.</summary>
    public VetoedEnterprisesSpec()
    {
        Query.Where(e => e.AssessedOn != null && e.Vetoed)
            .OrderBy(e => e.AreaCode)
            .ThenBy(e => e.Id.Value);
    }
}
