using NodaTime;

namespace PartyBuilding.Core.Governance;

/// <summary>What a host stores about one disclosure obligation of a village (plain properties, so filters translate to SQL).</summary>
public sealed record DisclosureSummary
{
    /// <summary>The obligation.</summary>
    public required DisclosureId Id { get; init; }

    /// <summary>The village.</summary>
    public required OrganizationId Village { get; init; }

    /// <summary>What is disclosed.</summary>
    public required DisclosureCategory Category { get; init; }

    /// <summary>The village posts its finances monthly (many transactions, Art. 30); only read for <see cref="DisclosureCategory.Finance"/>.</summary>
    public bool MonthlyFinance { get; init; }

    /// <summary>The day the obligation began: tracking started, or for a major matter the day it was decided.</summary>
    public required LocalDate Since { get; init; }

    /// <summary>The latest disclosure; null when none yet.</summary>
    public LocalDate? LastDisclosedOn { get; init; }
}
