using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>The investigation reached its finding.</summary>
/// <param name="On">The day of the finding.</param>
/// <param name="Finding">The finding.</param>
public sealed record CaseConcluded(LocalDate On, Finding Finding) : CaseEvent(On);
