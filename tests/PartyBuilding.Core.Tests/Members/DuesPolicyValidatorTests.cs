using PartyBuilding.Core.Members;
using PartyBuilding.Core.Members.Validation;

namespace PartyBuilding.Core.Tests.Members;

public sealed class DuesPolicyValidatorTests
{
    private static readonly DuesPolicy Default = DuesPolicy.Default;
    private readonly DuesPolicyValidator validator = new();

    private string[] Codes(DuesPolicy policy) => [.. validator.Validate(policy).Errors.Select(e => e.ErrorCode).Distinct()];

    [Fact]
    public void The_default_policy_is_valid() => Assert.Empty(Codes(Default));

    [Fact]
    public void An_empty_or_missing_table_is_refused()
    {
        Assert.Equal([MembersErrorCodes.PolicyBracketsEmpty], Codes(Default with { EmployedBrackets = [] }));
        Assert.Equal([MembersErrorCodes.PolicyBracketsEmpty], Codes(Default with { RetiredBrackets = null! }));
        Assert.Equal([CommonErrorCodes.Required], Codes(Default with { RetiredBrackets = [null!, new(null, 0.01m)] }));
    }

    [Theory]
    [InlineData("3000,3000,")] // bounds not rising
    [InlineData("5000,3000,")]
    [InlineData("0,3000,")] // not positive
    [InlineData("3000,,")] // an unbounded bracket before the last
    [InlineData("3000,5000,9000")] // the last has a bound
    public void Bounds_must_rise_and_only_the_last_bracket_is_unbounded(string bounds)
    {
        var brackets = bounds.Split(',').Select((b, i) => new DuesBracket(b.Length == 0 ? null : decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture), 0.01m + (i * 0.001m))).ToArray();

        Assert.Equal([MembersErrorCodes.PolicyBracketsOutOfOrder], Codes(Default with { EmployedBrackets = brackets }));
    }

    [Fact]
    public void Rates_must_be_above_zero_at_most_one_and_never_fall()
    {
        Assert.Equal([MembersErrorCodes.PolicyRateOutOfRange], Codes(Default with { RetiredBrackets = [new(5000m, 0m), new(null, 0.01m)] }));
        Assert.Equal([MembersErrorCodes.PolicyRateOutOfRange], Codes(Default with { RetiredBrackets = [new(5000m, 0.005m), new(null, 1.01m)] }));
        Assert.Equal([MembersErrorCodes.PolicyRatesFalling], Codes(Default with { RetiredBrackets = [new(5000m, 0.01m), new(null, 0.005m)] }));
        Assert.Empty(Codes(Default with { RetiredBrackets = [new(5000m, 0.01m), new(null, 0.01m)] }));
    }

    [Fact]
    public void Sums_and_bounds_are_whole_fen_and_sums_positive()
    {
        Assert.Equal([MembersErrorCodes.PolicyBoundNotInFen], Codes(Default with { RetiredBrackets = [new(5000.001m, 0.005m), new(null, 0.01m)] }));
        Assert.Equal([MembersErrorCodes.NotInFen], Codes(Default with { FarmerMonthlySum = 0.205m }));
        Assert.Equal([MembersErrorCodes.PolicyNotPositive], Codes(Default with { UnemployedMonthlySum = -0.20m }));
        Assert.Equal([MembersErrorCodes.PolicyNotPositive], Codes(Default with { MinimumLivingAllowanceMonthlySum = 0m }));
    }

    [Fact]
    public void Intervals_and_rounding_are_checked()
    {
        Assert.Equal([MembersErrorCodes.PolicyNotPositive], Codes(Default with { BackPaymentMonths = 0 }));
        Assert.Equal([MembersErrorCodes.PolicyTooLarge], Codes(Default with { ReviewAfterUnpaidMonths = DuesPolicy.MaxMonths + 1 }));
        Assert.Equal([MembersErrorCodes.PolicyRoundingUndefined], Codes(Default with { Rounding = (MidpointRounding)42 }));
    }

    [Fact]
    public void Every_failure_is_listed_at_once()
    {
        var policy = Default with { EmployedBrackets = [], StudentMonthlySum = 0m, BackPaymentMonths = -1, Rounding = (MidpointRounding)42 };

        Assert.Equal(4, validator.Validate(policy).Errors.Count);
    }

    [Fact]
    public void A_policy_is_immutable_and_equal_by_content()
    {
        var rows = new List<DuesBracket> { new(5000m, 0.005m), new(null, 0.01m) };
        var policy = Default with { RetiredBrackets = rows };
        rows.Clear();

        Assert.Equal(2, policy.RetiredBrackets.Count);
        Assert.Equal(Default, Default with { RetiredBrackets = [new(5000m, 0.005m), new(null, 0.01m)] });
    }
}
