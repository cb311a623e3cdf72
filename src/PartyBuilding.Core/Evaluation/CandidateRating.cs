namespace PartyBuilding.Core.Evaluation;

/// <summary>One line of a ballot: the rating given to one candidate.</summary>
/// <param name="Candidate">The cadre rated.</param>
/// <param name="Rating">The rating given; an undefined value (negative ones included) makes the ballot invalid.</param>
/// <remarks>
/// The default value rates the default (missing) cadre id, which is never a candidate: a ballot
/// holding it is invalid.
/// </remarks>
public readonly record struct CandidateRating(CadreId Candidate, Rating Rating)
{
    /// <summary>Whether <see cref="Rating"/> is one of the four ratings: the one check the tally and <see cref="Validation.BallotValidator"/> share.</summary>
    internal bool HasDefinedRating => Rating is >= Rating.Excellent and <= Rating.Incompetent;
}
