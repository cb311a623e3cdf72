using NodaTime;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Members.Specifications;

namespace PartyBuilding.Core.Tests.Members;

/// <summary>Invariants of dues: monotone within a category, the jump at an edge exactly by regulation, standing independent of record order.</summary>
public sealed class DuesProperties
{
    private static readonly MemberId Member = new("m");
    private static readonly DuesStandingAssessor Standing = new(DuesPolicy.Default);

    /// <summary>Incomes in whole fen, clustered at the default edges (¥3,000, ¥5,000, ¥10,000) and spread up to ¥50,000.</summary>
    private static readonly Gen<decimal> Income = Gen.OneOf(
        Gen.Choose(0, 5_000_000).Select(f => f / 100m),
        Gen.Elements(3000m, 5000m, 10000m).SelectMany(edge => Gen.Choose(-3, 3).Select(d => edge + (d / 100m))));

    /// <summary>Valid random bracket tables: rising bounds in whole fen, rates that never fall.</summary>
    private static readonly Gen<DuesBracket[]> Brackets =
        from count in Gen.Choose(1, 5)
        from steps in Gen.ArrayOf(Gen.Choose(1, 1_000_000), count - 1)
        from rates in Gen.ArrayOf(Gen.Choose(1, 300), count)
        let sortedRates = rates.Order().ToArray()
        select steps.Select((_, i) => new DuesBracket(steps.Take(i + 1).Sum() / 100m, sortedRates[i] / 10000m))
            .Append(new DuesBracket(null, sortedRates[^1] / 10000m)).ToArray();

    private static readonly Gen<DuesPolicy> Policy = Gen.Frequency(
        (1, Gen.Constant(DuesPolicy.Default)),
        (3, from employed in Brackets
            from retired in Brackets
            from rounding in Gen.Elements(Enum.GetValues<MidpointRounding>())
            select DuesPolicy.Default with { EmployedBrackets = employed, RetiredBrackets = retired, Rounding = rounding }));

    [Property(MaxTest = 500)]
    public Property Dues_never_fall_when_income_rises_within_a_category() =>
        Prop.ForAll(
            (from policy in Policy
             from category in Gen.Elements(Enum.GetValues<MemberCategory>())
             from a in Income
             from b in Income
             select (policy, category, low: Math.Min(a, b), high: Math.Max(a, b))).ToArbitrary(),
            t =>
            {
                var calc = new DuesCalculator(t.policy);
                return calc.Calculate(new DuesBasis(t.category, t.low)).Amount <= calc.Calculate(new DuesBasis(t.category, t.high)).Amount;
            });

    /// <summary>
    /// Where the sum jumps it is by regulation: the bracket's rate applies to the whole income (中组发〔2008〕3号), so
    /// the amount is exactly the rounded product of the whole income and the rate of the bracket the income falls in,
    /// and one fen past an edge pays the next rate on everything.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property The_amount_is_the_brackets_rate_of_the_whole_income_so_an_edge_jumps_exactly() =>
        Prop.ForAll(
            (from policy in Policy
             from category in Gen.Elements(MemberCategory.Employed, MemberCategory.Retired)
             from income in Income
             select (policy, category, income)).ToArbitrary(),
            t =>
            {
                var calc = new DuesCalculator(t.policy);
                var table = t.category == MemberCategory.Retired ? t.policy.RetiredBrackets : t.policy.EmployedBrackets;
                var bracket = table.First(b => b.UpTo is not { } up || t.income <= up);
                var amount = calc.Calculate(new DuesBasis(t.category, t.income));
                var exact = amount.Amount == decimal.Round(t.income * bracket.Rate, 2, t.policy.Rounding) && amount.Rate == bracket.Rate;

                var edges = table.Where(b => b.UpTo is not null).Select((b, i) => (edge: b.UpTo!.Value, below: b.Rate, above: table[i + 1].Rate));
                var jumps = edges.All(e =>
                    calc.Calculate(new DuesBasis(t.category, e.edge + 0.01m)).Amount - calc.Calculate(new DuesBasis(t.category, e.edge)).Amount
                    == decimal.Round((e.edge + 0.01m) * e.above, 2, t.policy.Rounding) - decimal.Round(e.edge * e.below, 2, t.policy.Rounding));
                return exact.Label($"amount {amount}").And(jumps.Label("edge jump"));
            });

    private static readonly Gen<(LocalDate Admitted, LocalDate AsOf, DuesPayment[] Payments)> History =
        from admittedDays in Gen.Choose(0, 3000)
        from spanDays in Gen.Choose(0, 1500)
        let admitted = new LocalDate(2018, 1, 1).PlusDays(admittedDays)
        let asOf = admitted.PlusDays(spanDays)
        let months = (int)Period.Between(admitted.ToYearMonth().OnDayOfMonth(1), asOf.ToYearMonth().OnDayOfMonth(1), PeriodUnits.Months).Months + 2
        from paid in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(true)), (2, Gen.Constant(false))), months)
        select (admitted, asOf, paid.Select((p, i) => (p, month: admitted.ToYearMonth().PlusMonths(i)))
            .Where(x => x.p)
            .Select(x => new DuesPayment(Member, x.month, Min(x.month.OnDayOfMonth(15), asOf)))
            .ToArray());

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    [Property(MaxTest = 300)]
    public Property Standing_does_not_depend_on_the_order_of_payment_records() =>
        Prop.ForAll(
            (from h in History
             from shuffled in Gen.Shuffle(h.Payments)
             select (h, shuffled)).ToArbitrary(),
            t => Standing.Assess(Member, t.h.Admitted, t.h.Payments, t.h.AsOf) == Standing.Assess(Member, t.h.Admitted, t.shuffled, t.h.AsOf));

    [Property(MaxTest = 300)]
    public Property Months_owed_are_paid_or_in_arrears_and_the_arrears_specification_agrees_with_the_standing() =>
        Prop.ForAll(
            (from h in History
             from months in Gen.Choose(1, 12)
             select (h, months)).ToArbitrary(),
            t =>
            {
                var s = Standing.Assess(Member, t.h.Admitted, t.h.Payments, t.h.AsOf);
                var latest = t.h.Payments.Where(p => p.Month < t.h.AsOf.ToYearMonth()).Select(p => (YearMonth?)p.Month).Max();
                var summary = new MemberDuesSummary { Id = Member, AdmittedOn = t.h.Admitted, LatestMonthPaid = latest?.OnDayOfMonth(1) };
                var spec = new MembersInDuesArrearsSpec(t.h.AsOf, t.months);
                return (s.MonthsPaid + s.MonthsInArrears.Count == s.MonthsOwed).Label("paid + arrears = owed")
                    .And((spec.IsSatisfiedBy(summary) == (s.ConsecutiveUnpaidMonths >= t.months)).Label($"spec vs standing {s}"))
                    .And((s.IsFlaggedForReview == (s.ConsecutiveUnpaidMonths >= 6)).Label("flag at six"));
            });
}
