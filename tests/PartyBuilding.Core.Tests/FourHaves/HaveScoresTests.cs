using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.Tests.FourHaves;

public sealed class HaveScoresTests
{
    [Fact]
    public void A_negative_score_or_a_total_past_Int32_MaxValue_is_refused()
    {
        var negative = Assert.Throws<InvalidInputException>(() => new HaveScores(1, -1, 2, -3));
        Assert.Equal([FourHavesErrorCodes.ScoreNegative], negative.Codes);
        Assert.Equal(["Action", "Supervision"], negative.Errors.Select(e => e.PropertyName));
        Assert.Equal([FourHavesErrorCodes.ScoresTooLarge], Assert.Throws<InvalidInputException>(() => new HaveScores(int.MaxValue, 1, 0, 0)).Codes);
        Assert.Equal(int.MaxValue, new HaveScores(int.MaxValue - 3, 1, 1, 1).Total);
    }

    [Fact]
    public void An_undefined_have_is_refused_with_a_code()
    {
        var scores = new HaveScores(1, 2, 3, 4);

        Assert.Equal([FourHavesErrorCodes.EnumUndefined], Assert.Throws<InvalidInputException>(() => scores[(Have)(-1)]).Codes);
        Assert.Equal([FourHavesErrorCodes.EnumUndefined], Assert.Throws<InvalidInputException>(() => FourHavesPolicy.Default.MaximumOf((Have)4)).Codes);
    }
}
