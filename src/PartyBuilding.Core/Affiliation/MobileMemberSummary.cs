using NodaTime;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// What a host stores about one mobile member so that the affiliation specifications can query it, in
/// memory or through an ORM. Plain properties only, so that filters translate to SQL.
/// </summary>
/// <remarks>
/// The host keeps the dates up to date from its contact records: each <c>Last…On</c> is the latest record
/// of that kind (null when none), and <see cref="LastContactOn"/> the latest record of any kind. Kept this
/// way, the specifications agree with <see cref="ContactStandingAssessor"/> on every date.
/// </remarks>
public sealed record MobileMemberSummary
{
    /// <summary>The member's id.</summary>
    public required MemberId Id { get; init; }

    /// <summary>Full or probationary.</summary>
    public required MembershipStatus Status { get; init; }

    /// <summary>The area of the member's fixed residence; null when none.</summary>
    public string? ResidenceAreaCode { get; init; }

    /// <summary>The organization the member is assigned to (<see cref="AffiliationDecision.Organization"/>); null when not assigned.</summary>
    public OrganizationId? Organization { get; init; }

    /// <summary>The management mode of the assignment; null when not assigned.</summary>
    public ManagementMode? Mode { get; init; }

    /// <summary>The day the member came under the branch's management; intervals run from it when no later record answers them.</summary>
    public required LocalDate MonitoredSince { get; init; }

    /// <summary>The latest <see cref="ContactKind.Report"/>.</summary>
    public LocalDate? LastReportOn { get; init; }

    /// <summary>The latest contact record of any kind.</summary>
    public LocalDate? LastContactOn { get; init; }

    /// <summary>The latest <see cref="ContactKind.OrganizationalLife"/>.</summary>
    public LocalDate? LastOrganizationalLifeOn { get; init; }

    /// <summary>The latest <see cref="ContactKind.DuesPaid"/>.</summary>
    public LocalDate? LastDuesPaidOn { get; init; }

    /// <summary>The latest <see cref="ContactKind.AssignedWork"/>.</summary>
    public LocalDate? LastAssignedWorkOn { get; init; }
}
