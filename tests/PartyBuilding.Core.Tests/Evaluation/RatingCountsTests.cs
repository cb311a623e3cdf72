using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed class RatingCountsTests
{
    [Theory]
    [InlineData(-1, 0, 0, 0, 0, 0, "Excellent")]
    [InlineData(0, 0, 0, 0, 0, int.MinValue, "Invalid")]
    public void A_negative_count_is_refused(int excellent, int competent, int basicallyCompetent, int incompetent, int abstaining, int invalid, string property)
    {
        var error = Assert.Throws<InvalidInputException>(() => new RatingCounts(excellent, competent, basicallyCompetent, incompetent, abstaining, invalid));

        Assert.Equal([EvaluationErrorCodes.CountNegative], error.Codes);
        Assert.Equal(property, error.ParamName);
    }

    [Fact]
    public void Counts_whose_ballots_pass_Int32_MaxValue_are_refused_and_so_is_such_a_sum()
    {
        var third = new RatingCounts(int.MaxValue / 3, 0, 0, 0, 0, 1);

        Assert.Equal(int.MaxValue, new RatingCounts(int.MaxValue - 5, 1, 1, 1, 1, 1).Cast);
        Assert.Equal([EvaluationErrorCodes.CountsTooLarge], Assert.Throws<InvalidInputException>(() => new RatingCounts(int.MaxValue, 0, 0, 0, 0, 1)).Codes);
        Assert.Equal([EvaluationErrorCodes.CountsTooLarge], Assert.Throws<InvalidInputException>(() => third + third + third).Codes);
        Assert.Equal(2 * third.Cast, RatingCounts.Add(third, third).Cast);
    }

    [Property(MaxTest = 300)]
    public Property A_sum_adds_up_or_is_refused_only_when_its_ballots_pass_Int32_MaxValue() =>
        Prop.ForAll(Counts().ToArbitrary(), Counts().ToArbitrary(), (a, b) =>
        {
            long cast = (long)a.Cast + b.Cast;
            try
            {
                var sum = a + b;
                return cast <= int.MaxValue && sum.Cast == cast && sum.Valid == (long)a.Valid + b.Valid;
            }
            catch (InvalidInputException error) when (error.Codes is [EvaluationErrorCodes.CountsTooLarge])
            {
                return cast > int.MaxValue;
            }
        });

    private static Gen<RatingCounts> Counts() =>
        from share in Gen.Elements(6, 60, int.MaxValue)
        from counts in Gen.ArrayOf(Gen.Choose(0, int.MaxValue / share), 6)
        select new RatingCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
}
