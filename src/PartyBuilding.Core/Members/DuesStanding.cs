using NodaTime;

namespace PartyBuilding.Core.Members;

/// <summary>A member's dues standing on a date: what is owed, paid and in arrears before the as-of month.</summary>
/// <param name="Member">The member.</param>
/// <param name="AsOf">The date of the standing.</param>
/// <param name="OwedFrom">The first month owed: the month of admission (probationary members pay from admission).</param>
/// <param name="MonthsOwed">The months from <paramref name="OwedFrom"/> up to the month before the as-of month.</param>
/// <param name="MonthsPaid">The owed months that are paid.</param>
/// <param name="MonthsInArrears">The owed months that are unpaid, oldest first.</param>
/// <param name="OldestPayableMonth">The oldest unpaid month back payment can still make up, or null when none.</param>
/// <param name="ConsecutiveUnpaidMonths">The unpaid months in a row ending with the month before the as-of month.</param>
/// <param name="IsFlaggedForReview">
/// Whether <paramref name="ConsecutiveUnpaidMonths"/> reaches the review figure (党章 Art. 9): the branch reviews
/// whether there was a proper reason; the library never decides membership.
/// </param>
/// <param name="PolicyLabel">The label of the policy version used (in force on <paramref name="AsOf"/>).</param>
/// <param name="Reasons">The findings (codes in <see cref="MembersReasonCodes"/>).</param>
/// <remarks>Two standings are equal when every field is, the lists compared item by item.</remarks>
public sealed record DuesStanding(
    MemberId Member,
    LocalDate AsOf,
    YearMonth OwedFrom,
    int MonthsOwed,
    int MonthsPaid,
    IReadOnlyList<YearMonth> MonthsInArrears,
    YearMonth? OldestPayableMonth,
    int ConsecutiveUnpaidMonths,
    bool IsFlaggedForReview,
    string PolicyLabel,
    IReadOnlyList<Reason> Reasons)
{
    /// <summary>The owed months that are unpaid, oldest first: a read-only copy of the list given.</summary>
    public IReadOnlyList<YearMonth> MonthsInArrears { get; init => field = ValueList<YearMonth>.Copy(value, nameof(MonthsInArrears)); } = ValueList<YearMonth>.Copy(MonthsInArrears, nameof(MonthsInArrears));

    /// <summary>The findings: a read-only copy of the list given.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = ValueList<Reason>.Copy(value, nameof(Reasons)); } = ValueList<Reason>.Copy(Reasons, nameof(Reasons));
}
