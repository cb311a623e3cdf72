using System.Collections.ObjectModel;

namespace PartyBuilding.Core.Evaluation;

/// <summary>One candidate's result as posted.</summary>
/// <remarks>
/// Made by <see cref="EvaluationRoundResult.Publish"/> only. Two results are equal when every figure,
/// and every published group in order, is.
/// </remarks>
public sealed record PublishedCandidateResult
{
    private readonly ReadOnlyCollection<PublishedGroupCounts> groups;

    internal PublishedCandidateResult(CadreId candidate, EvaluationOutcome outcome, RatingCounts? totals, PublishedGroupCounts[] groups, Ratio? recognition, Ratio? incompetentShare)
    {
        Candidate = candidate;
        Outcome = outcome;
        Totals = totals;
        this.groups = Array.AsReadOnly(groups);
        Recognition = recognition;
        IncompetentShare = incompetentShare;
    }

    /// <summary>The candidate.</summary>
    public CadreId Candidate { get; }

    /// <summary>The advised outcome.</summary>
    public EvaluationOutcome Outcome { get; }

    /// <summary>The counts over all groups, or null when the round holds fewer ballots than the anonymity minimum.</summary>
    public RatingCounts? Totals { get; }

    /// <summary>The breakdown of each published group, in the round's group order (read-only); withheld groups are absent.</summary>
    public IReadOnlyList<PublishedGroupCounts> Groups => groups;

    /// <summary>The composite recognition, or null when any group is withheld (a weighted composite could narrow down a withheld group's shares).</summary>
    public Ratio? Recognition { get; }

    /// <summary>The composite incompetent share, or null when any group is withheld.</summary>
    public Ratio? IncompetentShare { get; }

    /// <inheritdoc />
    public bool Equals(PublishedCandidateResult? other) =>
        other is not null
        && Candidate == other.Candidate
        && Outcome == other.Outcome
        && Totals == other.Totals
        && Recognition == other.Recognition
        && IncompetentShare == other.IncompetentShare
        && groups.SequenceEqual(other.groups);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Candidate, Outcome, Totals, groups.Count);
}
