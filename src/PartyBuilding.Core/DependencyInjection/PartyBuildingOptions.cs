using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.DependencyInjection;

/// <summary>
/// What a host may set when it registers the library: the policy versions of each capability and
/// the time zone. Everything starts at the documented defaults (<c>docs/policies.md</c>).
/// </summary>
/// <remarks>
/// The options are read once, every version of every set validated as a whole, and not kept: changing them
/// after registration has no effect.
/// </remarks>
public sealed class PartyBuildingOptions
{
    /// <summary>The time zone id (TZDB) in which the host's dates are local.</summary>
    /// <value>The default value is <c>Asia/Shanghai</c>.</value>
    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    /// <summary>The versions of the organization structure policy.</summary>
    /// <value>The default value is one version holding <see cref="StructurePolicy.Default"/>.</value>
    public PolicySet<StructurePolicy> Structure { get; set; } = PolicySet.Of(StructurePolicy.Default);

    /// <summary>The versions of the affiliation policy (mobile members: migrant branches and contact standing).</summary>
    /// <value>The default value is one version holding <see cref="AffiliationPolicy.Default"/>.</value>
    public PolicySet<AffiliationPolicy> Affiliation { get; set; } = PolicySet.Of(AffiliationPolicy.Default);

    /// <summary>The versions of the four-haves scorecard and coverage policy; an assessment uses the version in force on its date.</summary>
    /// <value>The default value is one version holding <see cref="FourHavesPolicy.Default"/>.</value>
    public PolicySet<FourHavesPolicy> FourHaves { get; set; } = PolicySet.Of(FourHavesPolicy.Default);

    /// <summary>The versions of the democratic evaluation policy; a round is tallied under the version whose label it names.</summary>
    /// <value>The default value is one version labelled <c>default</c> holding <see cref="EvaluationPolicy.Default"/>.</value>
    public PolicySet<EvaluationPolicy> Evaluation { get; set; } = PolicySet.Of(EvaluationPolicy.Default);

    /// <summary>The versions of the accountability policy; a case keeps the version in force on the day it was received.</summary>
    /// <value>The default value is one version holding <see cref="AccountabilityPolicy.Default"/>.</value>
    public PolicySet<AccountabilityPolicy> Accountability { get; set; } = PolicySet.Of(AccountabilityPolicy.Default);

    /// <summary>The versions of the governance policy; a procedure is checked under the version in force on its decision's date.</summary>
    /// <value>The default value is <see cref="GovernancePolicy.Versions"/>: the village committee law of 2018 and of 2026 (from 2026-01-01).</value>
    public PolicySet<GovernancePolicy> Governance { get; set; } = GovernancePolicy.Versions;
}
