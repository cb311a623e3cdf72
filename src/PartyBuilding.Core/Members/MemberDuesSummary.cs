using NodaTime;

namespace PartyBuilding.Core.Members;

/// <summary>
/// What a host stores about one member's dues so that the dues specifications can query it, in memory or
/// through an ORM. Plain properties only, so that filters translate to SQL.
/// </summary>
/// <remarks>
/// The host keeps <see cref="LatestMonthPaid"/> up to date from its payment records (a payment for a month not
/// yet begun does not count). Kept this way, the specifications agree with <see cref="DuesStandingAssessor"/>'s
/// <see cref="DuesStanding.ConsecutiveUnpaidMonths"/> on every date.
/// </remarks>
public sealed record MemberDuesSummary
{
    /// <summary>The member's id.</summary>
    public required MemberId Id { get; init; }

    /// <summary>The organization the member belongs to; null when not recorded.</summary>
    public OrganizationId? Organization { get; init; }

    /// <summary>The day of admission: dues are owed from its month.</summary>
    public required LocalDate AdmittedOn { get; init; }

    /// <summary>A day in the latest month the member has paid for (the first of the month, by convention); null when none.</summary>
    public LocalDate? LatestMonthPaid { get; init; }
}
