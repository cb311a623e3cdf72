namespace PartyBuilding.Core.Evaluation;

/// <summary>One candidate's result as posted.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Outcome">The advised outcome.</param>
/// <param name="Totals">The counts over all groups, or null when the round holds fewer ballots than the anonymity minimum.</param>
/// <param name="Groups">The breakdown of each published group, in the round's group order; withheld groups are absent.</param>
/// <param name="Recognition">The composite recognition, or null when any group is withheld (a weighted composite could narrow down a withheld group's shares).</param>
/// <param name="IncompetentShare">The composite incompetent share, or null when any group is withheld.</param>
public sealed record PublishedCandidateResult(
    CadreId Candidate,
    EvaluationOutcome Outcome,
    RatingCounts? Totals,
    IReadOnlyList<PublishedGroupCounts> Groups,
    Ratio? Recognition,
    Ratio? IncompetentShare);
