using System.Globalization;
using NodaTime;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Core.Tests.Members;

public sealed class DuesCalculatorTests
{
    private readonly DuesCalculator calculator = new();

    private DuesAssessment Calc(MemberCategory category, decimal income) => calculator.Calculate(new DuesBasis(category, income));

    [Theory]
    [InlineData("0.00", "0.00", "0.005")]
    [InlineData("2000.00", "10.00", "0.005")]
    [InlineData("3000.00", "15.00", "0.005")] // the edge itself is in the lower bracket
    [InlineData("3000.01", "30.00", "0.01")] // one fen more: 1 % of the whole income (30.0001)
    [InlineData("5000.00", "50.00", "0.01")]
    [InlineData("5000.01", "75.00", "0.015")] // 75.00015
    [InlineData("10000.00", "150.00", "0.015")]
    [InlineData("10000.01", "200.00", "0.02")] // 200.0002
    [InlineData("25000.00", "500.00", "0.02")]
    public void Employed_members_pay_their_brackets_rate_of_the_whole_income(string income, string amount, string rate)
    {
        var a = Calc(MemberCategory.Employed, D(income));

        Assert.Equal((D(amount), D(rate), (decimal?)null), (a.Amount, a.Rate!.Value, a.FixedSum));
        Assert.Equal(PolicySet.DefaultLabel, a.PolicyLabel);
    }

    [Theory]
    [InlineData("4000.00", "20.00", "0.005")]
    [InlineData("5000.00", "25.00", "0.005")]
    [InlineData("5000.01", "50.00", "0.01")] // 50.0001
    [InlineData("8000.00", "80.00", "0.01")]
    public void Retired_members_pay_their_brackets_rate_of_the_whole_pension(string income, string amount, string rate)
    {
        var a = Calc(MemberCategory.Retired, D(income));

        Assert.Equal((D(amount), D(rate)), (a.Amount, a.Rate!.Value));
    }

    [Fact]
    public void The_sum_jumps_at_a_bracket_edge_by_regulation_because_the_rate_applies_to_the_whole_income()
    {
        // 中组发〔2008〕3号 applies the bracket's rate to the whole income, not to the part above the bound.
        Assert.Equal(15.00m, Calc(MemberCategory.Employed, 3000.01m).Amount - Calc(MemberCategory.Employed, 3000.00m).Amount);
        Assert.Equal(25.00m, Calc(MemberCategory.Employed, 5000.01m).Amount - Calc(MemberCategory.Employed, 5000.00m).Amount);
        Assert.Equal(50.00m, Calc(MemberCategory.Employed, 10000.01m).Amount - Calc(MemberCategory.Employed, 10000.00m).Amount);
        Assert.Equal(25.00m, Calc(MemberCategory.Retired, 5000.01m).Amount - Calc(MemberCategory.Retired, 5000.00m).Amount);
    }

    [Theory]
    [InlineData(MemberCategory.Farmer)]
    [InlineData(MemberCategory.Student)]
    [InlineData(MemberCategory.Unemployed)]
    [InlineData(MemberCategory.MinimumLivingAllowance)]
    public void Other_categories_pay_a_fixed_twenty_fen_whatever_the_income(MemberCategory category)
    {
        var a = Calc(category, 12345.67m);

        Assert.Equal((0.20m, (decimal?)null, (decimal?)0.20m), (a.Amount, a.Rate, a.FixedSum));
        Assert.Equal([MembersReasonCodes.DuesFixedSum], a.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_farmer_pays_the_sum_the_host_sets_within_the_range()
    {
        var calc = new DuesCalculator(DuesPolicy.Default with { FarmerMonthlySum = 1.00m });

        Assert.Equal(1.00m, calc.Calculate(new DuesBasis(MemberCategory.Farmer, 0m)).Amount);
    }

    [Theory]
    [InlineData("1.00", MidpointRounding.AwayFromZero, "0.01")] // 0.005: half a fen rounds up by default
    [InlineData("3.00", MidpointRounding.AwayFromZero, "0.02")] // 0.015
    [InlineData("1.00", MidpointRounding.ToEven, "0.00")]
    [InlineData("3.00", MidpointRounding.ToEven, "0.02")]
    [InlineData("2999.99", MidpointRounding.AwayFromZero, "15.00")] // 14.99995
    [InlineData("2999.99", MidpointRounding.ToZero, "14.99")]
    public void Half_a_fen_is_rounded_by_the_policy(string income, MidpointRounding rounding, string amount)
    {
        var calc = new DuesCalculator(DuesPolicy.Default with { Rounding = rounding });

        Assert.Equal(D(amount), calc.Calculate(new DuesBasis(MemberCategory.Employed, D(income))).Amount);
    }

    [Fact]
    public void The_reason_names_the_bracket_and_its_source_in_both_languages()
    {
        var lower = Calc(MemberCategory.Employed, 3000.00m).Reasons.Single();
        var top = Calc(MemberCategory.Employed, 12000.00m).Reasons.Single();

        Assert.Equal(MembersReasonCodes.DuesBracket, lower.Code);
        Assert.Equal(MembersReasonCodes.DuesTopBracket, top.Code);
        var en = lower.MessageIn(CultureInfo.GetCultureInfo("en"));
        var zh = top.MessageIn(CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Contains("3,000.00", en);
        Assert.Contains("0.5%", en);
        Assert.Contains("中组发〔2008〕3号", en);
        Assert.Contains("10,000.00", zh);
        Assert.Contains("2%", zh);
        Assert.Contains("在职党员", zh);
    }

    [Fact]
    public void A_dated_calculation_uses_the_version_in_force_on_the_first_day_of_the_month_and_names_it()
    {
        var set = new PolicySet<DuesPolicy>(
        [
            new PolicyVersion<DuesPolicy>("2008", new LocalDate(2008, 4, 1), DuesPolicy.Default),
            new PolicyVersion<DuesPolicy>("local-2027", new LocalDate(2027, 1, 1), DuesPolicy.Default with { FarmerMonthlySum = 0.50m }),
        ]);
        var calc = new DuesCalculator(set);
        var farmer = new DuesBasis(MemberCategory.Farmer, 0m);

        Assert.Equal(("2008", 0.20m), (calc.Calculate(farmer, new YearMonth(2026, 12)).PolicyLabel, calc.Calculate(farmer, new YearMonth(2026, 12)).Amount));
        Assert.Equal(("local-2027", 0.50m), (calc.Calculate(farmer, new YearMonth(2027, 1)).PolicyLabel, calc.Calculate(farmer, new YearMonth(2027, 1)).Amount));
        var undated = Assert.Throws<InvalidOperationException>(() => calc.Calculate(farmer));
        Assert.StartsWith(CommonErrorCodes.AsOfRequired, undated.Message);
        var before = Assert.Throws<InvalidOperationException>(() => calc.Calculate(farmer, new YearMonth(2008, 3)));
        Assert.StartsWith(CommonErrorCodes.PolicyNotInForce, before.Message);
    }

    [Fact]
    public void Bad_input_is_refused_with_every_failure_coded()
    {
        var error = Assert.Throws<InvalidInputException>(() => calculator.Calculate(new DuesBasis((MemberCategory)99, -0.001m)));

        Assert.Equal([MembersErrorCodes.CategoryUndefined, MembersErrorCodes.IncomeNegative, MembersErrorCodes.NotInFen], error.Codes);
        Assert.Equal([MembersErrorCodes.NotInFen], Assert.Throws<InvalidInputException>(() => Calc(MemberCategory.Employed, 3000.005m)).Codes);
        Assert.Throws<ArgumentNullException>(() => calculator.Calculate(null!));
    }

    [Fact]
    public void An_inconsistent_policy_is_refused_at_construction()
    {
        var error = Assert.Throws<InvalidInputException>(() => new DuesCalculator(DuesPolicy.Default with { StudentMonthlySum = 0m }));

        Assert.Equal([MembersErrorCodes.PolicyNotPositive], error.Codes);
    }

    [Fact]
    public void A_very_large_income_does_not_overflow() =>
        Assert.Equal(decimal.Round(79_228_162_514_264_337_593_543_950.33m * 0.02m, 2), Calc(MemberCategory.Employed, 79_228_162_514_264_337_593_543_950.33m).Amount);

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
