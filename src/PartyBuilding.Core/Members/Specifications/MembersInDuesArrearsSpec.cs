using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Members.Specifications;

/// <summary>
/// Members with <c>months</c> or more consecutive unpaid months up to the month before <c>asOf</c>'s month
/// (<see cref="DuesStanding.ConsecutiveUnpaidMonths"/>); with the policy's review figure (6 by default) these
/// are the members flagged for review. Ordered by latest month paid (never paid first), admission, then id.
/// </summary>
public sealed class MembersInDuesArrearsSpec : OrdinalSpecification<MemberDuesSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="months">The fewest consecutive unpaid months, from 1 to <see cref="DuesPolicy.MaxMonths"/>.</param>
    /// <exception cref="InvalidInputException"><paramref name="months"/> is out of range (code <c>MEM.MONTHS_OUT_OF_RANGE</c>).</exception>
    public MembersInDuesArrearsSpec(LocalDate asOf, int months)
    {
        if (months is < 1 or > DuesPolicy.MaxMonths)
        {
            throw new InvalidInputException([Failures.Of(nameof(months), MembersErrorCodes.MonthsOutOfRange, months, months, DuesPolicy.MaxMonths)]);
        }

        var (paidBefore, owedBefore) = UnpaidDuesRule.Bounds(asOf, months);
        Query.Where(m => m.AdmittedOn < owedBefore && (m.LatestMonthPaid == null || m.LatestMonthPaid < paidBefore))
             .OrderByDescending(m => m.LatestMonthPaid == null) // never paid first on every database (PostgreSQL puts nulls last)
             .ThenBy(m => m.LatestMonthPaid)
             .ThenBy(m => m.AdmittedOn)
             .ThenBy(m => m.Id);
    }
}
