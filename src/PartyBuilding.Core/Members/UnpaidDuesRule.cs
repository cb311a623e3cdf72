using NodaTime;

namespace PartyBuilding.Core.Members;

/// <summary>
/// The one rule of consecutive unpaid months (党章 Art. 9: 连续六个月不交纳党费): the months owed before the as-of
/// month, from the month owed from, after the latest month paid. Dues standing, its specification and contact
/// standing's "no dues paid" finding all use it, so they agree on every date.
/// </summary>
/// <remarks>
/// Only months before the as-of month count: the as-of month's dues can still be paid within it. Months are
/// compared by index (year × 12 + month), which neither overflows nor needs a calendar past its ends.
/// </remarks>
internal static class UnpaidDuesRule
{
    /// <summary>The consecutive unpaid months ending with the month before <paramref name="asOfMonth"/> (0 when that month is paid or not owed).</summary>
    /// <param name="owedFrom">The first month owed (the month of admission, or of coming under the branch).</param>
    /// <param name="latestPaid">The latest month paid for, or null when none.</param>
    /// <param name="asOfMonth">The month of the as-of date.</param>
    public static int ConsecutiveUnpaidMonths(YearMonth owedFrom, YearMonth? latestPaid, YearMonth asOfMonth)
    {
        var start = Index(owedFrom);
        if (latestPaid is { } paid && Index(paid) >= start)
        {
            start = Index(paid) + 1;
        }

        return Math.Max(0, Index(asOfMonth) - start);
    }

    /// <summary>Whether <paramref name="unpaidMonths"/> consecutive unpaid months call for the branch's review.</summary>
    public static bool IsForReview(int unpaidMonths, int reviewAfterMonths) => unpaidMonths >= reviewAfterMonths;

    /// <summary>
    /// The same rule as date bounds, for a specification over stored dates: a member is flagged when their latest
    /// month paid (any day in it, or none) is before <see cref="Bounds"/>'s <c>paidBefore</c> and their first month
    /// owed (any day in it) is before its <c>owedBefore</c>. Both are the first representable date when no member can be flagged.
    /// </summary>
    public static (LocalDate PaidBefore, LocalDate OwedBefore) Bounds(LocalDate asOf, int reviewAfterMonths)
    {
        // Flagged ⇔ latestPaid < asOfMonth − N and owedFrom ≤ asOfMonth − N (see ConsecutiveUnpaidMonths).
        var last = Index(asOf.ToYearMonth()) - reviewAfterMonths;
        return last < Index(LocalDate.MinIsoValue.ToYearMonth())
            ? (LocalDate.MinIsoValue, LocalDate.MinIsoValue)
            : (FirstDay(last), FirstDay(last + 1));
    }

    /// <summary>The index of <paramref name="month"/>: year × 12 + month − 1.</summary>
    public static int Index(YearMonth month) => (month.Year * 12) + month.Month - 1;

    /// <summary>The month of index <paramref name="index"/>.</summary>
    public static YearMonth Month(int index) => new(Math.DivRem(index, 12, out var rem) - (rem < 0 ? 1 : 0), (rem < 0 ? rem + 12 : rem) + 1);

    private static LocalDate FirstDay(int index) => Month(index).OnDayOfMonth(1);
}
