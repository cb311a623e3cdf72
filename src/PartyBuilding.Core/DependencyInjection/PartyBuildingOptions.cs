using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Petitions;
using PartyBuilding.Core.Teams;

namespace PartyBuilding.Core.DependencyInjection;

/// <summary>
/// What a host may set when it registers the library: the policy versions of each capability and
/// the time zone. Everything starts at the documented defaults (<c>docs/policies.md</c>).
/// </summary>
/// <remarks>
/// The options are read once, every version of every set validated as a whole, and not kept: changing them
/// after registration has no effect.
/// </remarks>
public sealed partial class PartyBuildingOptions
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

    /// <summary>The versions of the outreach ("six ones") policy; an assessment uses the version in force at its period's end.</summary>
    /// <value>The default value is one version holding <see cref="Core.Outreach.OutreachPolicy.Default"/>.</value>
    public PolicySet<Core.Outreach.OutreachPolicy> Outreach { get; set; } = PolicySet.Of(Core.Outreach.OutreachPolicy.Default);
    /// <summary>The versions of the education policy (activity schedule and training hours); a judgement uses the version in force on its last day.</summary>
    /// <value>The default value is one version holding <see cref="EducationPolicy.Default"/>.</value>
    public PolicySet<EducationPolicy> Education { get; set; } = PolicySet.Of(EducationPolicy.Default);
    /// <summary>The versions of the petition policy; a routing uses the version in force on the day of receipt, and a case keeps it.</summary>
    /// <value>The default value is one version holding <see cref="PetitionPolicy.Default"/>.</value>
    public PolicySet<PetitionPolicy> Petitions { get; set; } = PolicySet.Of(PetitionPolicy.Default);
    /// <summary>The versions of the teams policy (weak and lax identification, rectification, mid-term inspection, cadre training); a rectification keeps the version in force on the day the team was identified.</summary>
    /// <value>The default value is one version holding <see cref="TeamsPolicy.Default"/>.</value>
    public PolicySet<TeamsPolicy> Teams { get; set; } = PolicySet.Of(TeamsPolicy.Default);
    /// <summary>The versions of the dues policy (brackets, fixed sums, back payment, review flag); a dated decision uses the version in force on its date.</summary>
    /// <value>The default value is one version holding <see cref="DuesPolicy.Default"/>.</value>
    public PolicySet<DuesPolicy> Dues { get; set; } = PolicySet.Of(DuesPolicy.Default);
    /// <summary>The versions of the governance policy; a procedure is checked under the version in force on its decision's date.</summary>
    /// <value>The default value is <see cref="GovernancePolicy.Versions"/>: the village committee law of 2018 and of 2026 (from 2026-01-01).</value>
    public PolicySet<GovernancePolicy> Governance { get; set; } = GovernancePolicy.Versions;
}
