using NodaTime;

namespace PartyBuilding.Core.Outreach;

/// <summary>One household's outreach in a year, as of a date, with the reasons behind its standing.</summary>
/// <param name="Household">The household assessed.</param>
/// <param name="Village">The household's village.</param>
/// <param name="Cadre">The cadre responsible at the period's end (the as-of date, or the year's last day when the year has ended); null when none.</param>
/// <param name="Year">The calendar year assessed.</param>
/// <param name="AsOf">The date of the assessment.</param>
/// <param name="Done">The items that count, in the order of <see cref="OutreachItem"/>.</param>
/// <param name="Missing">The items that do not, in the order of <see cref="OutreachItem"/>.</param>
/// <param name="Visits">Visits that count in the year up to the period's end.</param>
/// <param name="FirstHalfVisits">Of those, visits from 1 January to 30 June.</param>
/// <param name="SecondHalfVisits">Of those, visits from 1 July to the period's end.</param>
/// <param name="Standing">Complete, in progress or overdue.</param>
/// <param name="PolicyLabel">The label of the policy version used (in force at the period's end).</param>
/// <param name="Reasons">A reason for every missing item and visit, then the overdue reason; or <see cref="OutreachReasonCodes.Complete"/> alone.</param>
public sealed record HouseholdAssessment(
    HouseholdId Household,
    OrganizationId Village,
    CadreId? Cadre,
    int Year,
    LocalDate AsOf,
    IReadOnlyList<OutreachItem> Done,
    IReadOnlyList<OutreachItem> Missing,
    int Visits,
    int FirstHalfVisits,
    int SecondHalfVisits,
    OutreachStanding Standing,
    string PolicyLabel,
    IReadOnlyList<Reason> Reasons)
{
    /// <summary>The items that count: a read-only copy.</summary>
    public IReadOnlyList<OutreachItem> Done { get; init => field = ValueList<OutreachItem>.Copy(value, nameof(Done)); } = ValueList<OutreachItem>.Copy(Done, nameof(Done));

    /// <summary>The items that do not count: a read-only copy.</summary>
    public IReadOnlyList<OutreachItem> Missing { get; init => field = ValueList<OutreachItem>.Copy(value, nameof(Missing)); } = ValueList<OutreachItem>.Copy(Missing, nameof(Missing));

    /// <summary>Every reason: a read-only copy.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = ValueList<Reason>.Copy(value, nameof(Reasons)); } = ValueList<Reason>.Copy(Reasons, nameof(Reasons));

    /// <summary>Whether the standing is <see cref="OutreachStanding.Complete"/>.</summary>
    public bool IsComplete => Standing == OutreachStanding.Complete;
}
