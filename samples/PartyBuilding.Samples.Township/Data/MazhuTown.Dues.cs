using NodaTime;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>
/// Dues of the members of the Waikou migrant branch, the town agency branch, Hengli Hardware and two village
/// branches: a category and income each (some exactly at a bracket edge, some a fen above), the day of
/// admission, and the months paid. A separate fixed seed, so the other sections draw the same numbers as before.
/// </summary>
internal static partial class MazhuTown
{
    private static readonly string[] DuesOrganizations = ["W01", "A01", "E01", "V01", "V02"];

    private static List<DuesMemberRecord> Dues(List<MembershipRecord> memberships)
    {
        var random = new Random(Seed + 19);
        decimal[] edges = [3000.00m, 3000.01m, 5000.00m, 5000.01m, 10000.00m, 10000.01m];
        var asOfMonth = AsOf.ToYearMonth();
        var list = new List<DuesMemberRecord>();
        foreach (var member in memberships.Where(m => DuesOrganizations.Contains(m.OrganizationId)))
        {
            var category = member.OrganizationId switch
            {
                "A01" or "E01" => random.Next(10) == 0 ? MemberCategory.Retired : MemberCategory.Employed,
                "W01" => random.Next(4) == 0 ? MemberCategory.Unemployed : MemberCategory.Employed,
                _ => random.Next(5) switch { 0 => MemberCategory.Retired, 1 => MemberCategory.Student, 2 => MemberCategory.MinimumLivingAllowance, _ => MemberCategory.Farmer },
            };
            var income = category is MemberCategory.Employed or MemberCategory.Retired
                ? random.Next(4) == 0 ? edges[random.Next(edges.Length)] : random.Next(150_000, 1_600_000) / 100m
                : random.Next(0, 150_000) / 100m;
            var admitted = new LocalDate(2026, 11, 1).PlusDays(-random.Next(20, 3000));

            // Most pay every month on the 10th; some stopped a few months ago, a few stopped long ago.
            var stoppedMonthsAgo = random.Next(12) switch { 0 => random.Next(2, 6), 1 => random.Next(6, 10), _ => 0 };
            var paid = new List<DuesPaymentData>();
            for (var month = admitted.ToYearMonth(); month < asOfMonth.PlusMonths(-stoppedMonthsAgo); month = month.PlusMonths(1))
            {
                if (random.Next(150) != 0)
                {
                    paid.Add(new DuesPaymentData { Month = month, PaidOn = month.OnDayOfMonth(10) });
                }
            }

            list.Add(new DuesMemberRecord
            {
                MemberId = member.MemberId,
                OrganizationId = member.OrganizationId,
                Category = category,
                MonthlyIncomeAfterTax = income,
                AdmittedOn = admitted,
                Payments = paid,
            });
        }

        return list;
    }
}

/// <summary>One member's dues facts, as a host's own store would hold them.</summary>
internal sealed record DuesMemberRecord
{
    public required string MemberId { get; init; }

    public required string OrganizationId { get; init; }

    public MemberCategory Category { get; init; }

    public decimal MonthlyIncomeAfterTax { get; init; }

    public LocalDate AdmittedOn { get; init; }

    public List<DuesPaymentData> Payments { get; init; } = [];
}

/// <summary>Dues paid for one month.</summary>
internal sealed record DuesPaymentData
{
    public YearMonth Month { get; init; }

    public LocalDate PaidOn { get; init; }
}
