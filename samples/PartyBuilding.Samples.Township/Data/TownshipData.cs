using NodaTime;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>
/// A township as the sample host reads it from JSON (format: docs/samples.md). Plain strings and
/// numbers, as a host's own store would hold them; <see cref="TownshipMapper"/> turns them into the
/// library's types and reports every bad record.
/// </summary>
internal sealed record TownshipData
{
    public required string Name { get; init; }

    public required LocalDate AsOf { get; init; }

    public int MigrantPopulation { get; init; }

    public List<OrganizationRecord> Organizations { get; init; } = [];

    public List<MembershipRecord> Memberships { get; init; } = [];
}

/// <summary>One organization with the figures the structure rules need.</summary>
internal sealed record OrganizationRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public OrganizationLevel Level { get; init; }

    public OrganizationKind Kind { get; init; }

    public string? AreaCode { get; init; }

    public string? ParentId { get; init; }

    public int FullMembers { get; init; }

    public int ProbationaryMembers { get; init; }

    public bool HasBranchCommittee { get; init; }

    public LocalDate TermStartedOn { get; init; }
}

/// <summary>A member's one organization (一方隶属).</summary>
internal sealed record MembershipRecord
{
    public required string MemberId { get; init; }

    public required string OrganizationId { get; init; }
}
