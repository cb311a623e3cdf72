namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// A cast ballot as the ballot box keeps it: the rater group it came from and its ratings, and
/// nothing else — no voter id, no serial, no time.
/// </summary>
/// <param name="Group">The name of the rater group whose voter cast it.</param>
/// <param name="Ratings">
/// The ratings, one per rated candidate. A ballot that rates a non-candidate, rates a candidate
/// twice or holds an undefined rating is <b>invalid</b> as a whole; a candidate it leaves unrated is
/// an <b>abstention</b> for that candidate.
/// </param>
/// <remarks>
/// Ballots counted by <see cref="IDemocraticEvaluationTally"/> may come from a
/// <see cref="BallotBox"/> or from a host that entered paper ballots; either way the tally reads
/// them once and keeps no reference.
/// </remarks>
public sealed record Ballot(string Group, IReadOnlyList<CandidateRating> Ratings);
