using NodaTime;

namespace PartyBuilding.Core.Affiliation;

/// <summary>The contact standing of one mobile member on a date, with the findings behind it.</summary>
/// <param name="Member">The member assessed.</param>
/// <param name="AsOf">The date of the assessment.</param>
/// <param name="Standing">The standing: the most serious finding.</param>
/// <param name="PolicyLabel">The label of the policy version used (in force on <paramref name="AsOf"/>).</param>
/// <param name="Reasons">
/// Every finding, most serious first (codes in <see cref="AffiliationReasonCodes"/>): lost contact, each
/// withdrawal criterion met, an overdue report; or <see cref="AffiliationReasonCodes.ContactCurrent"/> alone.
/// </param>
/// <remarks>Two assessments are equal when every field is, the reasons compared item by item.</remarks>
public sealed record ContactAssessment(
    MemberId Member,
    LocalDate AsOf,
    ContactStanding Standing,
    string PolicyLabel,
    IReadOnlyList<Reason> Reasons)
{
    /// <summary>Every finding, most serious first: a read-only copy of the list given.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = ValueList<Reason>.Copy(value, nameof(Reasons)); } = ValueList<Reason>.Copy(Reasons, nameof(Reasons));

    /// <summary>Whether the branch is to review the member (lost contact or withdrawal review). The library never decides membership.</summary>
    public bool IsFlaggedForReview => Standing is ContactStanding.LostContact or ContactStanding.WithdrawalReview;
}
