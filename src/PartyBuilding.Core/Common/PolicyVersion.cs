using NodaTime;

namespace PartyBuilding.Core;

/// <summary>One version of a policy and the date from which it is in force.</summary>
/// <typeparam name="TPolicy">The policy record.</typeparam>
/// <param name="Label">A label a decision names, for example <c>2024-provincial</c>; not empty.</param>
/// <param name="EffectiveFrom">The first day the version is in force (inclusive).</param>
/// <param name="Policy">The policy itself.</param>
public sealed record PolicyVersion<TPolicy>(string Label, LocalDate EffectiveFrom, TPolicy Policy)
    where TPolicy : class;
