using NodaTime;

namespace PartyBuilding.Core.Outreach;

/// <summary>
/// What a host stores about one household so that the outreach specifications can query it, in memory or
/// through an ORM. Plain properties only, so that filters translate to SQL.
/// </summary>
/// <remarks>
/// The host keeps it up to date from its pairings and records: the current (or latest) pairing, and for each
/// item the day of its latest record that counts (confirmed by the household under the default policy); null
/// when none. Kept this way, the specifications agree with <see cref="OutreachAssessor"/> on every date from
/// the latest record on.
/// </remarks>
public sealed record HouseholdOutreachSummary
{
    /// <summary>The household's id.</summary>
    public required HouseholdId Id { get; init; }

    /// <summary>The household's village.</summary>
    public required OrganizationId Village { get; init; }

    /// <summary>The cadre of the current or latest pairing; null when the household was never paired.</summary>
    public CadreId? Cadre { get; init; }

    /// <summary>The first day of that pairing.</summary>
    public LocalDate? PairedSince { get; init; }

    /// <summary>The last day of that pairing; null while it lasts.</summary>
    public LocalDate? PairedUntil { get; init; }

    /// <summary>The latest archive record that counts.</summary>
    public LocalDate? ArchiveOn { get; init; }

    /// <summary>The latest contact card record that counts.</summary>
    public LocalDate? ContactCardOn { get; init; }

    /// <summary>The latest policy promoted that counts.</summary>
    public LocalDate? PolicyPromotedOn { get; init; }

    /// <summary>The latest problem solved that counts.</summary>
    public LocalDate? ProblemSolvedOn { get; init; }

    /// <summary>The latest way to prosperity that counts.</summary>
    public LocalDate? WayToProsperityOn { get; init; }

    /// <summary>The latest good deed that counts.</summary>
    public LocalDate? GoodDeedOn { get; init; }
}
