using System.Numerics;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Common;

/// <summary><see cref="Ratio"/> against exact rational arithmetic on <see cref="BigInteger"/>.</summary>
public sealed class RatioTests
{
    private static readonly Arbitrary<Ratio> Ratios = FoundationArbitraries.Ratios;

    [Property(MaxTest = 500)]
    public Property A_ratio_is_kept_in_lowest_terms_and_equals_the_exact_fraction() =>
        Prop.ForAll(FoundationArbitraries.Fractions, f =>
        {
            var ratio = new Ratio(f.Numerator, f.Denominator);
            var exact = Exact.Of(f.Numerator, f.Denominator);
            return ratio.Numerator == exact.Numerator
                && ratio.Denominator == exact.Denominator
                && BigInteger.GreatestCommonDivisor(ratio.Numerator, ratio.Denominator).IsOne
                && ratio.Denominator > 0;
        });

    [Property(MaxTest = 500)]
    public Property CompareTo_agrees_with_exact_comparison() =>
        Prop.ForAll(Ratios, Ratios, (a, b) =>
        {
            var expected = Exact.Of(a).CompareTo(Exact.Of(b));
            return Math.Sign(a.CompareTo(b)) == Math.Sign(expected)
                && (a < b) == (expected < 0)
                && (a <= b) == (expected <= 0)
                && (a > b) == (expected > 0)
                && (a >= b) == (expected >= 0);
        });

    [Property(MaxTest = 500)]
    public Property Equality_holds_exactly_when_the_fractions_are_equal() =>
        Prop.ForAll(FoundationArbitraries.Fractions, FoundationArbitraries.Fractions, (x, y) =>
        {
            var a = new Ratio(x.Numerator, x.Denominator);
            var b = new Ratio(y.Numerator, y.Denominator);
            var equal = (BigInteger)x.Numerator * y.Denominator == (BigInteger)y.Numerator * x.Denominator;
            return a.Equals(b) == equal
                && (a == b) == equal
                && (a != b) == !equal
                && a.Equals((object)b) == equal
                && (!equal || a.GetHashCode() == b.GetHashCode());
        });

    [Property(MaxTest = 500)]
    public Property IsReachedBy_and_IsExceededBy_agree_with_exact_comparison() =>
        Prop.ForAll(Ratios, FoundationArbitraries.Shares, (ratio, share) =>
        {
            var left = (BigInteger)share.Part * ratio.Denominator;
            var right = (BigInteger)ratio.Numerator * share.Whole;
            return ratio.IsReachedBy(share.Part, share.Whole) == (left >= right)
                && ratio.IsExceededBy(share.Part, share.Whole) == (left > right);
        });

    [Property(MaxTest = 500)]
    public Property The_sum_is_exact_or_refused_as_too_large_only_when_it_does_not_fit() =>
        Prop.ForAll(Ratios, Ratios, (a, b) => AgreesOrOverflows(() => a + b, Exact.Of(a) + Exact.Of(b))
            && AgreesOrOverflows(() => Ratio.Add(a, b), Exact.Of(a) + Exact.Of(b)));

    [Property(MaxTest = 500)]
    public Property The_product_is_exact_or_refused_as_too_large_only_when_it_does_not_fit() =>
        Prop.ForAll(Ratios, Ratios, (a, b) => AgreesOrOverflows(() => a * b, Exact.Of(a) * Exact.Of(b))
            && AgreesOrOverflows(() => Ratio.Multiply(a, b), Exact.Of(a) * Exact.Of(b)));

    private static bool AgreesOrOverflows(Func<Ratio> operation, Exact expected)
    {
        try
        {
            var result = operation();
            return expected.FitsInInt64 && result.Numerator == expected.Numerator && result.Denominator == expected.Denominator;
        }
        catch (InvalidInputException error) when (error.Codes is [CommonErrorCodes.RatioTooLarge])
        {
            return !expected.FitsInInt64;
        }
    }

    [Theory]
    [InlineData(long.MaxValue, long.MaxValue, 1, 1)]
    [InlineData(long.MaxValue, 1, long.MaxValue, 1)]
    [InlineData(1, long.MaxValue, 1, long.MaxValue)]
    [InlineData(0, long.MaxValue, 0, 1)]
    [InlineData(long.MaxValue - 1, long.MaxValue, long.MaxValue - 1, long.MaxValue)]
    [InlineData(4, 6, 2, 3)]
    [InlineData(long.MaxValue, long.MaxValue / 7, 7, 1)]
    public void Extremes_are_reduced_exactly(long numerator, long denominator, long reducedNumerator, long reducedDenominator)
    {
        var ratio = new Ratio(numerator, denominator);

        Assert.Equal(reducedNumerator, ratio.Numerator);
        Assert.Equal(reducedDenominator, ratio.Denominator);
    }

    [Fact]
    public void Comparisons_at_the_extremes_do_not_overflow()
    {
        var justBelowOne = new Ratio(long.MaxValue - 1, long.MaxValue);
        var justBelowThat = new Ratio(long.MaxValue - 2, long.MaxValue - 1);

        Assert.True(justBelowThat < justBelowOne); // (M-2)/(M-1) < (M-1)/M
        Assert.True(justBelowOne < Ratio.One);
        Assert.True(new Ratio(1, long.MaxValue) > Ratio.Zero);
        Assert.True(new Ratio(long.MaxValue, 1).IsReachedBy(long.MaxValue, 1));
        Assert.False(new Ratio(long.MaxValue, 1).IsExceededBy(long.MaxValue, 1));
        Assert.True(new Ratio(1, long.MaxValue).IsExceededBy(1, long.MaxValue - 1));
        Assert.False(new Ratio(1, long.MaxValue).IsReachedBy(0, 1));
        Assert.True(Ratio.Zero.IsReachedBy(0, long.MaxValue));
        Assert.False(Ratio.Zero.IsExceededBy(0, long.MaxValue));
    }

    [Fact]
    public void Sums_and_products_that_fit_are_exact_and_those_that_do_not_throw()
    {
        Assert.Equal(Ratio.One, new Ratio(long.MaxValue - 1, long.MaxValue) + new Ratio(1, long.MaxValue));
        Assert.Equal(Ratio.One, new Ratio(long.MaxValue, 1) * new Ratio(1, long.MaxValue));
        Assert.Equal(new Ratio(5, 6), new Ratio(1, 2) + new Ratio(1, 3));
        // Issue 13 item 5: a result that does not fit is a coded InvalidInputException (it was an OverflowException).
        Assert.Equal([CommonErrorCodes.RatioTooLarge], Assert.Throws<InvalidInputException>(() => new Ratio(long.MaxValue, 1) + Ratio.One).Codes);
        Assert.Equal([CommonErrorCodes.RatioTooLarge], Assert.Throws<InvalidInputException>(() => new Ratio(long.MaxValue, 1) * new Ratio(2, 1)).Codes);
        Assert.Equal([CommonErrorCodes.RatioTooLarge], Assert.Throws<InvalidInputException>(() => new Ratio(1, long.MaxValue) * new Ratio(1, 2)).Codes);
        Assert.Equal([CommonErrorCodes.RatioTooLarge], Assert.Throws<InvalidInputException>(() => new Ratio(1, long.MaxValue) + new Ratio(1, long.MaxValue - 1)).Codes);
    }

    [Fact]
    public void Boxed_ratios_sort_like_typed_ones()
    {
        IComparable half = new Ratio(1, 2);

        Assert.True(half.CompareTo(new Ratio(2, 3)) < 0);
        Assert.Equal(0, half.CompareTo(new Ratio(2, 4)));
        Assert.True(half.CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => half.CompareTo(0.5));
    }

    [Fact]
    public void The_default_value_is_zero_over_one()
    {
        var zero = default(Ratio);

        Assert.Equal(0, zero.Numerator);
        Assert.Equal(1, zero.Denominator);
        Assert.Equal(Ratio.Zero, zero);
        Assert.Equal(new Ratio(0, 5), zero);
        Assert.Equal("0/1", zero.ToString());
        Assert.Equal(zero + Ratio.One, Ratio.One);
    }

    [Theory]
    [InlineData(-1, 1, "numerator")]
    [InlineData(long.MinValue, 1, "numerator")]
    [InlineData(1, 0, "denominator")]
    [InlineData(0, -1, "denominator")]
    [InlineData(1, long.MinValue, "denominator")]
    public void A_negative_numerator_or_a_non_positive_denominator_is_refused(long numerator, long denominator, string parameter)
    {
        // Issue 13 item 5: an out-of-range ratio is a coded InvalidInputException (it was an ArgumentOutOfRangeException).
        var error = Assert.Throws<InvalidInputException>(() => new Ratio(numerator, denominator));

        Assert.Equal([CommonErrorCodes.RatioOutOfRange], error.Codes);
        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(1, 0)]
    [InlineData(0, -5)]
    public void A_negative_part_or_a_non_positive_whole_is_refused(long part, long whole)
    {
        var ratio = new Ratio(2, 3);

        // Issue 13 item 5: an out-of-range share is a coded InvalidInputException (it was an ArgumentOutOfRangeException).
        Assert.Equal([CommonErrorCodes.RatioOutOfRange], Assert.Throws<InvalidInputException>(() => ratio.IsReachedBy(part, whole)).Codes);
        Assert.Equal([CommonErrorCodes.RatioOutOfRange], Assert.Throws<InvalidInputException>(() => ratio.IsExceededBy(part, whole)).Codes);
    }

    [Fact]
    public void Display_conversions_round_only_for_display()
    {
        Assert.Equal(66.7m, new Ratio(2, 3).ToPercent());
        Assert.Equal(66.67m, new Ratio(2, 3).ToPercent(2));
        Assert.Equal("2/3", new Ratio(4, 6).ToString());
        Assert.Equal(0.5, new Ratio(1, 2).ToDouble());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Decimals_of_a_percentage_out_of_0_to_28_are_refused(int decimals)
    {
        Assert.Equal(50m, Ratio.Of(1, 2).ToPercent(28));
        var error = Assert.Throws<InvalidInputException>(() => Ratio.Of(1, 2).ToPercent(decimals));

        Assert.Equal([CommonErrorCodes.DecimalsOutOfRange], error.Codes);
        Assert.Equal("decimals", error.ParamName);
    }

    [Fact]
    public void A_threshold_of_an_out_of_range_ratio_or_share_is_refused()
    {
        Assert.Equal([CommonErrorCodes.RatioOutOfRange], Assert.Throws<InvalidInputException>(() => RatioThreshold.AtLeast(-1, 2)).Codes);
        Assert.Equal([CommonErrorCodes.RatioOutOfRange], Assert.Throws<InvalidInputException>(() => RatioThreshold.MoreThan(1, 0)).Codes);
        Assert.Equal("whole", Assert.Throws<InvalidInputException>(() => RatioThreshold.AtLeast(1, 2).IsMetBy(1, 0)).ParamName);
    }
}
