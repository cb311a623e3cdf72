using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>An assistant or temporary post a cadre holds or held, with its dates.</summary>
/// <param name="Kind">The kind of post.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, or null while held; not before <paramref name="From"/>.</param>
public sealed record CadrePost(CadrePostKind Kind, LocalDate From, LocalDate? To = null);
