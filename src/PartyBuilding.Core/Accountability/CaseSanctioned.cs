using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>The sanction decision (or waiver) for a substantiated case was recorded.</summary>
/// <param name="On">The day it was recorded.</param>
/// <param name="Decision">The decision.</param>
public sealed record CaseSanctioned(LocalDate On, SanctionDecision Decision) : CaseEvent(On);
