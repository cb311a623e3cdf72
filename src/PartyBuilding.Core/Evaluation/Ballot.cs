using System.Collections.Immutable;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// A cast ballot as the ballot box keeps it: the rater group it came from and its ratings, and
/// nothing else — no voter id, no serial, no time.
/// </summary>
/// <param name="Group">The name of the rater group whose voter cast it.</param>
/// <param name="Ratings">
/// The ratings, one per rated candidate, copied when the ballot is made (read-only, whatever they are
/// cast to). A ballot that rates a non-candidate, rates a candidate twice or holds an undefined rating
/// (negative ones included) is <b>invalid</b> as a whole; a candidate it leaves unrated is an
/// <b>abstention</b> for that candidate. Null ratings are refused by the tally
/// (<c>EVAL.BALLOT_RATINGS_MISSING</c>).
/// </param>
/// <remarks>
/// Ballots counted by <see cref="IDemocraticEvaluationTally"/> may come from a
/// <see cref="BallotBox"/> or from a host that entered paper ballots; either way the tally reads
/// them once and keeps no reference. Two ballots are equal when their groups and their ratings, in
/// order, are.
/// </remarks>
public sealed record Ballot(string Group, IReadOnlyList<CandidateRating> Ratings)
{
    // A copy, boxed once: read-only through every interface it implements, and no array to cast to.
    private readonly IReadOnlyList<CandidateRating>? ratings = Ratings is null ? null : ImmutableArray.CreateRange(Ratings);

    /// <summary>The ratings, one per rated candidate (read-only).</summary>
    public IReadOnlyList<CandidateRating> Ratings
    {
        get => ratings!;
        init => ratings = value is null ? null : ImmutableArray.CreateRange(value);
    }

    /// <summary>The ratings as the tally reads them, without a copy; empty when none were given.</summary>
    internal ReadOnlySpan<CandidateRating> Lines => ratings is null ? default : ((ImmutableArray<CandidateRating>)ratings).AsSpan();

    /// <inheritdoc />
    public bool Equals(Ballot? other) =>
        other is not null
        && string.Equals(Group, other.Group, StringComparison.Ordinal)
        && (ratings is null ? other.ratings is null : other.ratings is not null && Lines.SequenceEqual(other.Lines));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Group, ratings?.Count);

}
