namespace PartyBuilding.Core.Evaluation;

/// <summary>The published breakdown of one group for one candidate.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Counts">The group's counts for the candidate.</param>
public sealed record PublishedGroupCounts(string Group, RatingCounts Counts);
