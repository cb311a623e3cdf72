namespace PartyBuilding.Core.Evaluation;

/// <summary>How one rater group rated one candidate.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Weight">The group's weight as the round sets it.</param>
/// <param name="Counts">The group's counts for the candidate.</param>
/// <param name="EffectiveWeight">
/// The weight the group carried in this candidate's composite: its weight divided by the total weight
/// of the groups that gave the candidate at least one valid rating; 0/1 when the group gave none.
/// </param>
public sealed record CandidateGroupResult(string Group, Ratio Weight, RatingCounts Counts, Ratio EffectiveWeight)
{
    /// <summary>Whether the group gave the candidate at least one valid rating, and so counts in the composite.</summary>
    public bool InComposite => Counts.Valid > 0;

    /// <summary>The group's recognition of the candidate (0/1 with no valid rating).</summary>
    public Ratio Recognition => Counts.Recognition;

    /// <summary>The group's incompetent share for the candidate (0/1 with no valid rating).</summary>
    public Ratio IncompetentShare => Counts.IncompetentShare;
}
