using NodaTime;

namespace PartyBuilding.Core.Governance;

/// <summary>What a host stores about one audit obligation of a village (plain properties, so filters translate to SQL).</summary>
public sealed record AuditSummary
{
    /// <summary>The obligation.</summary>
    public required AuditId Id { get; init; }

    /// <summary>The village.</summary>
    public required OrganizationId Village { get; init; }

    /// <summary>What is audited.</summary>
    public required AuditKind Kind { get; init; }

    /// <summary>The day the obligation began: tracking started, or the day the member's term ended or they left.</summary>
    public required LocalDate Since { get; init; }

    /// <summary>A finance audit: the latest audit; a tenure or departure audit: the day its results were published. Null when none.</summary>
    public LocalDate? LastDoneOn { get; init; }

    /// <summary>The next village committee election (a tenure or departure audit is published before it); null when none is set.</summary>
    public LocalDate? NextElectionOn { get; init; }
}
