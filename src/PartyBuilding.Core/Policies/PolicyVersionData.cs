using NodaTime;

namespace PartyBuilding.Core.Policies;

/// <summary>One version in a policy document: the label decisions name, the first day in force and the figures.</summary>
/// <typeparam name="TPolicy">The policy record.</typeparam>
internal sealed class PolicyVersionData<TPolicy>
    where TPolicy : class
{
    /// <summary>The version's label, for example <c>2026-provincial</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The first day the version is in force, an ISO date.</summary>
    public required LocalDate EffectiveFrom { get; init; }

    /// <summary>The policy's figures.</summary>
    public required TPolicy Figures { get; init; }
}
