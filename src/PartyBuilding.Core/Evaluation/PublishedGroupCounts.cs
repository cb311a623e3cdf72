namespace PartyBuilding.Core.Evaluation;

/// <summary>The published breakdown of one group for one candidate.</summary>
/// <remarks>Made by <see cref="EvaluationRoundResult.Publish"/> only, for a group that is not withheld.</remarks>
public sealed record PublishedGroupCounts
{
    internal PublishedGroupCounts(string group, RatingCounts counts)
    {
        Group = group;
        Counts = counts;
    }

    /// <summary>The group's name.</summary>
    public string Group { get; }

    /// <summary>The group's counts for the candidate.</summary>
    public RatingCounts Counts { get; }
}
