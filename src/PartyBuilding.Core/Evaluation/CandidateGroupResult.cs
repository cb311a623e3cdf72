namespace PartyBuilding.Core.Evaluation;

/// <summary>How one rater group rated one candidate.</summary>
/// <remarks>Made by the tally only, so <see cref="EffectiveWeight"/> always agrees with the counts.</remarks>
public sealed record CandidateGroupResult
{
    internal CandidateGroupResult(string group, Ratio weight, RatingCounts counts, Ratio effectiveWeight)
    {
        Group = group;
        Weight = weight;
        Counts = counts;
        EffectiveWeight = effectiveWeight;
    }

    /// <summary>The group's name.</summary>
    public string Group { get; }

    /// <summary>The group's weight as the round sets it.</summary>
    public Ratio Weight { get; }

    /// <summary>The group's counts for the candidate.</summary>
    public RatingCounts Counts { get; }

    /// <summary>
    /// The weight the group carried in this candidate's composite: its weight divided by the total weight
    /// of the groups that gave the candidate at least one valid rating; 0/1 when the group gave none.
    /// </summary>
    public Ratio EffectiveWeight { get; }

    /// <summary>Whether the group gave the candidate at least one valid rating, and so counts in the composite.</summary>
    public bool InComposite => Counts.Valid > 0;

    /// <summary>The group's recognition of the candidate (0/1 with no valid rating).</summary>
    public Ratio Recognition => Counts.Recognition;

    /// <summary>The group's incompetent share for the candidate (0/1 with no valid rating).</summary>
    public Ratio IncompetentShare => Counts.IncompetentShare;
}
