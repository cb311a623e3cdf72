using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>A note on the progress of an open case (a hearing, a document gathered, a reply to the complainant).</summary>
/// <param name="On">The day of the note.</param>
/// <param name="Note">What happened; not empty.</param>
public sealed record ProgressRecorded(LocalDate On, string Note) : CaseEvent(On);
