using PartyBuilding.Core.Teams;
using static PartyBuilding.Core.Tests.Teams.TeamFixtures;

namespace PartyBuilding.Core.Tests.Teams;

public sealed class ReviewRankingTests
{
    private static TeamScore[] Scores(int count) => [.. Enumerable.Range(1, count).Select(i => new TeamScore(new OrganizationId($"V{i:00}"), 100 - i))];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    public void The_lowest_five_percent_rounded_up_are_proposed(int ranked, int proposed)
    {
        var result = Assessor.ProposeForReview(Scores(ranked), AsOf);

        Assert.Equal(proposed, result.Quota);
        Assert.Equal(proposed, result.Proposed.Count);
        Assert.Equal(ranked, result.Ranked);
        Assert.Equal(Scores(ranked).Reverse().Take(proposed).Select(s => s.Organization), result.Proposed);
        Assert.Equal(TeamsReasonCodes.ReviewProposed, Assert.Single(result.Reasons).Code);
    }

    [Fact]
    public void Ties_with_the_last_proposed_are_proposed_too()
    {
        TeamScore[] scores = [.. Scores(20), new(new OrganizationId("W1"), 80), new(new OrganizationId("W2"), 80)];

        var result = Assessor.ProposeForReview(scores, AsOf);

        Assert.Equal(2, result.Quota);
        Assert.Equal(["V20", "W1", "W2"], result.Proposed.Select(o => o.Value));
        Assert.Equal([1, 80], result.Reasons[1].Arguments);
    }

    [Fact]
    public void Proposed_is_not_identified()
    {
        var proposal = Assessor.ProposeForReview(Scores(20), AsOf);
        var team = Sound(proposal.Proposed[0].Value);

        Assert.False(Assessor.Assess(team, AsOf).IsWeakAndLax);
    }

    [Fact]
    public void A_bad_ranking_is_refused_with_every_failure()
    {
        TeamScore[] scores = [new(new OrganizationId("V1"), 1), null!, new(default, 2), new(new OrganizationId("V1"), 3)];

        var e = Assert.Throws<InvalidInputException>(() => Assessor.ProposeForReview(scores, AsOf));

        Assert.Equal(["teams[1]", "teams[2].Organization", "teams[3].Organization"], e.Errors.Select(f => f.PropertyName));
        Assert.Equal([CommonErrorCodes.Required, TeamsErrorCodes.IdMissing, TeamsErrorCodes.DuplicateTeam], e.Codes);
    }
}
