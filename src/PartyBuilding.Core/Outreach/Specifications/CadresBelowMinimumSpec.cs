using Ardalis.Specification;
using PartyBuilding.Core.Outreach.Validation;

namespace PartyBuilding.Core.Outreach.Specifications;

/// <summary>Cadres paired with fewer households than <see cref="OutreachPolicy.MinimumHouseholdsPerCadre"/>. Ordered by households, then cadre.</summary>
public sealed class CadresBelowMinimumSpec : OrdinalSpecification<CadreOutreachSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="policy">The policy in force.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public CadresBelowMinimumSpec(OutreachPolicy policy)
    {
        new OutreachPolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        var minimum = policy.MinimumHouseholdsPerCadre;
        Query.Where(c => c.Households < minimum)
             .OrderBy(c => c.Households)
             .ThenBy(c => c.Id);
    }
}
