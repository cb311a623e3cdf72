using NodaTime;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// What a host stores about one organization so that the organization specifications can query it,
/// in memory or through an ORM. Plain properties only, so that filters translate to SQL.
/// </summary>
public sealed record OrganizationSummary
{
    /// <summary>The organization's id.</summary>
    public required OrganizationId Id { get; init; }

    /// <summary>Its level.</summary>
    public required OrganizationLevel Level { get; init; }

    /// <summary>Its kind.</summary>
    public required OrganizationKind Kind { get; init; }

    /// <summary>Full members (正式党员).</summary>
    public required int FullMembers { get; init; }

    /// <summary>Probationary members (预备党员).</summary>
    public required int ProbationaryMembers { get; init; }

    /// <summary>Whether a branch committee (党支部委员会) is in place.</summary>
    public bool HasBranchCommittee { get; init; }

    /// <summary>The last day of the current term (see <see cref="StructurePolicy.TermEndOf"/>).</summary>
    public required LocalDate TermEndsOn { get; init; }
}
