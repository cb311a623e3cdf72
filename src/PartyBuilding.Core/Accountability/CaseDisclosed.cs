using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>The sanction was disclosed to the public and accepted for public supervision.</summary>
/// <param name="On">The day of disclosure.</param>
public sealed record CaseDisclosed(LocalDate On) : CaseEvent(On);
