using System.Numerics;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Common;

public sealed class RatioThresholdTests
{
    [Theory]
    [InlineData(2, 3, true)]
    [InlineData(4, 6, true)]
    [InlineData(200, 300, true)]
    [InlineData(666_666, 1_000_000, false)]
    [InlineData(666_667, 1_000_000, true)]
    [InlineData(1, 1, true)]
    [InlineData(0, 1, false)]
    public void At_least_two_thirds_includes_the_bound_itself(long part, long whole, bool met) =>
        Assert.Equal(met, RatioThreshold.AtLeast(2, 3).IsMetBy(part, whole));

    [Theory]
    [InlineData(1, 3, false)]
    [InlineData(2, 6, false)]
    [InlineData(333_333, 1_000_000, false)]
    [InlineData(333_334, 1_000_000, true)]
    [InlineData(34, 100, true)]
    [InlineData(0, 1, false)]
    public void More_than_one_third_excludes_the_bound_itself(long part, long whole, bool met) =>
        Assert.Equal(met, RatioThreshold.MoreThan(1, 3).IsMetBy(part, whole));

    [Fact]
    public void Inclusive_and_exclusive_differ_exactly_at_the_bound()
    {
        var atLeast = RatioThreshold.AtLeast(1, 2);
        var moreThan = RatioThreshold.MoreThan(1, 2);

        Assert.True(atLeast.IsMetBy(5, 10));
        Assert.False(moreThan.IsMetBy(5, 10));
        Assert.True(atLeast.IsMetBy(new Ratio(1, 2)));
        Assert.False(moreThan.IsMetBy(new Ratio(1, 2)));
        Assert.True(moreThan.IsMetBy(long.MaxValue / 2 + 1, long.MaxValue));
        Assert.False(atLeast.IsMetBy(long.MaxValue / 2, long.MaxValue));
    }

    [Fact]
    public void The_default_is_more_than_zero()
    {
        var threshold = default(RatioThreshold);

        Assert.False(threshold.Inclusive);
        Assert.Equal(Ratio.Zero, threshold.Value);
        Assert.False(threshold.IsMetBy(0, 1));
        Assert.True(threshold.IsMetBy(1, long.MaxValue));
    }

    [Property(MaxTest = 500)]
    public Property A_threshold_agrees_with_exact_comparison_for_counts_and_for_ratios() =>
        Prop.ForAll(FoundationArbitraries.Ratios, FoundationArbitraries.Shares, Gen.Elements(true, false).ToArbitrary(), (bound, share, inclusive) =>
        {
            var threshold = new RatioThreshold(bound, inclusive);
            var left = (BigInteger)share.Part * bound.Denominator;
            var right = (BigInteger)bound.Numerator * share.Whole;
            var expected = inclusive ? left >= right : left > right;
            return threshold.IsMetBy(share.Part, share.Whole) == expected
                && threshold.IsMetBy(Ratio.Of(share.Part, share.Whole)) == expected;
        });
}
