namespace PartyBuilding.Core.Evaluation;

/// <summary>One line of a ballot: the rating given to one candidate.</summary>
/// <param name="Candidate">The cadre rated.</param>
/// <param name="Rating">The rating given.</param>
/// <remarks>
/// The default value rates the default (missing) cadre id, which is never a candidate: a ballot
/// holding it is invalid.
/// </remarks>
public readonly record struct CandidateRating(CadreId Candidate, Rating Rating);
