using NodaTime;

namespace PartyBuilding.Core;

/// <summary>Shortcuts for building a <see cref="PolicySet{TPolicy}"/>.</summary>
public static class PolicySet
{
    /// <summary>The label of a single-version set: <c>default</c>.</summary>
    public const string DefaultLabel = "default";

    /// <summary>A set with one version, in force from the earliest representable date.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="label">The label decisions will name.</param>
    public static PolicySet<TPolicy> Of<TPolicy>(TPolicy policy, string label = DefaultLabel)
        where TPolicy : class
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new PolicySet<TPolicy>([new PolicyVersion<TPolicy>(label, LocalDate.MinIsoValue, policy)]);
    }
}
