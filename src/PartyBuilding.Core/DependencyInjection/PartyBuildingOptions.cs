using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.DependencyInjection;

/// <summary>
/// What a host may set when it registers the library: the policy versions of each capability and
/// the time zone. Everything starts at the documented defaults (<c>docs/policies.md</c>).
/// </summary>
/// <remarks>
/// Each capability adds its policies in a file of its own (<c>PartyBuildingOptions.&lt;Capability&gt;.cs</c>).
/// The options are read once, validated as a whole, and not kept: changing them after registration
/// has no effect.
/// </remarks>
public sealed partial class PartyBuildingOptions
{
    /// <summary>The time zone id (TZDB) in which the host's dates are local.</summary>
    /// <value>The default value is <c>Asia/Shanghai</c>.</value>
    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    /// <summary>The versions of the organization structure policy.</summary>
    /// <value>The default value is one version holding <see cref="StructurePolicy.Default"/>.</value>
    public PolicySet<StructurePolicy> Structure { get; set; } = PolicySet.Of(StructurePolicy.Default);
}
