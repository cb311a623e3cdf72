using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Members.Specifications;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The dues section: each member's monthly dues for the report month, and standing from the months paid.</summary>
internal sealed partial class ReportBuilder
{
    private DuesSection BuildDues(TownshipData data, LocalDate asOf)
    {
        var calculator = services.GetRequiredService<IDuesCalculator>();
        var assessor = services.GetRequiredService<IDuesStandingAssessor>();
        var policy = services.GetRequiredService<PolicySet<DuesPolicy>>().InForceOn(asOf).Policy;
        var month = asOf.ToYearMonth();
        // What was known on the report date: members admitted by then, payments made by then.
        var known = data.Dues.Where(d => d.AdmittedOn <= asOf).Select(d => d with { Payments = [.. d.Payments.Where(p => p.PaidOn <= asOf)] });
        var rows = known.OrderBy(d => d.MemberId, StringComparer.Ordinal).Select(d => mapper.Guarded($"dues of '{d.MemberId}'", () =>
        {
            var member = new MemberId(d.MemberId);
            var payments = d.Payments.Select(p => new DuesPayment(member, p.Month, p.PaidOn)).ToList();
            return (Record: d,
                Dues: calculator.Calculate(new DuesBasis(d.Category, d.MonthlyIncomeAfterTax), month),
                Standing: assessor.Assess(member, d.AdmittedOn, payments, asOf));
        })).ToList();

        // The stored summaries a host would keep, queried with the library's specification.
        var summaries = rows.Select(r => new MemberDuesSummary
        {
            Id = r.Standing.Member,
            Organization = new OrganizationId(r.Record.OrganizationId),
            AdmittedOn = r.Record.AdmittedOn,
            LatestMonthPaid = r.Record.Payments.Where(p => p.Month < month).Select(p => (LocalDate?)p.Month.OnDayOfMonth(1)).Max(),
        }).ToList();
        var flaggedBySpecification = new MembersInDuesArrearsSpec(asOf, policy.ReviewAfterUnpaidMonths).Evaluate(summaries).Count();

        string BracketOf(DuesAssessment a) => a.Rate is { } rate
            ? (rate * 100).ToString("0.###", CultureInfo.InvariantCulture) + " %"
            : "¥" + a.FixedSum!.Value.ToString("0.00", CultureInfo.InvariantCulture);
        bool AtEdge(DuesMemberRecord d) => (d.Category == MemberCategory.Retired ? policy.RetiredBrackets : policy.EmployedBrackets)
            .Any(b => b.UpTo is { } e && (d.MonthlyIncomeAfterTax == e || d.MonthlyIncomeAfterTax == e + 0.01m));

        var section = new DuesSection
        {
            Members = rows.Count,
            MonthlyTotal = rows.Sum(r => r.Dues.Amount),
            ByBracket = rows.GroupBy(r => (r.Record.Category, Bracket: BracketOf(r.Dues)))
                .OrderBy(g => g.Key.Category).ThenBy(g => g.Min(r => r.Dues.Rate ?? 0))
                .Select(g => new DuesBracketRow(g.Key.Category.ToString(), g.Key.Bracket, g.Count(), g.Sum(r => r.Dues.Amount)))
                .ToList(),
            AtEdges = rows.Where(r => r.Dues.Rate is not null && AtEdge(r.Record))
                .OrderBy(r => r.Record.Category).ThenBy(r => r.Record.MonthlyIncomeAfterTax).ThenBy(r => r.Record.MemberId, StringComparer.Ordinal)
                .Select(r => new DuesEdgeRow(r.Record.MemberId, r.Record.Category.ToString(), r.Record.MonthlyIncomeAfterTax, r.Dues.Amount, r.Dues.Reasons))
                .ToList(),
            InArrears = rows.Count(r => r.Standing.MonthsInArrears.Count > 0),
            FlaggedForReview = rows.Where(r => r.Standing.IsFlaggedForReview)
                .Select(r => new DuesArrearsRow(r.Record.MemberId, r.Record.OrganizationId, r.Standing.ConsecutiveUnpaidMonths, r.Standing.MonthsInArrears.Count, r.Standing.OldestPayableMonth, r.Standing.Reasons))
                .ToList(),
        };
        return section.FlaggedForReview.Count == flaggedBySpecification
            ? section
            : throw new InvalidOperationException($"the assessor flagged {section.FlaggedForReview.Count} members for dues, the specification {flaggedBySpecification}");
    }
}

/// <summary>Dues: what the members owe each month, by bracket, and who has stopped paying.</summary>
internal sealed record DuesSection
{
    public required int Members { get; init; }

    /// <summary>The dues due for the report month, in yuan; the sum of <see cref="ByBracket"/>.</summary>
    public required decimal MonthlyTotal { get; init; }

    public required IReadOnlyList<DuesBracketRow> ByBracket { get; init; }

    /// <summary>Members whose income is exactly a bracket bound or one fen above it.</summary>
    public required IReadOnlyList<DuesEdgeRow> AtEdges { get; init; }

    /// <summary>Members with any month unpaid before the report month.</summary>
    public required int InArrears { get; init; }

    public required IReadOnlyList<DuesArrearsRow> FlaggedForReview { get; init; }
}

internal sealed record DuesBracketRow(string Category, string Bracket, int Members, decimal Monthly);

internal sealed record DuesEdgeRow(string Member, string Category, decimal Income, decimal Amount, IReadOnlyList<Reason> Reasons);

internal sealed record DuesArrearsRow(string Member, string Organization, int ConsecutiveUnpaidMonths, int MonthsInArrears, YearMonth? OldestPayableMonth, IReadOnlyList<Reason> Reasons);
