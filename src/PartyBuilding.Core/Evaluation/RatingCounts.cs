namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// How the ballots of one group (or of all groups) treated one candidate: the valid ratings by
/// rating, the abstentions (valid ballots that left the candidate unrated) and the invalid ballots.
/// </summary>
/// <param name="Excellent">Valid ratings Excellent (优秀).</param>
/// <param name="Competent">Valid ratings Competent (称职).</param>
/// <param name="BasicallyCompetent">Valid ratings Basically competent (基本称职).</param>
/// <param name="Incompetent">Valid ratings Incompetent (不称职).</param>
/// <param name="Abstaining">Valid ballots that did not rate the candidate.</param>
/// <param name="Invalid">Invalid ballots (they count for no candidate).</param>
/// <remarks>
/// Always adds up: <see cref="Valid"/> + <see cref="Abstaining"/> + <see cref="Invalid"/> =
/// <see cref="Cast"/>, the ballots cast. The default value is all zeros.
/// </remarks>
public readonly record struct RatingCounts(int Excellent, int Competent, int BasicallyCompetent, int Incompetent, int Abstaining, int Invalid)
{
    /// <summary>Valid ratings of the candidate: the four ratings added up.</summary>
    public int Valid => Excellent + Competent + BasicallyCompetent + Incompetent;

    /// <summary>Ballots cast: valid ratings, abstentions and invalid ballots.</summary>
    public int Cast => Valid + Abstaining + Invalid;

    /// <summary>Valid ratings Excellent or Competent: the numerator of recognition (认可度).</summary>
    public int Recognized => Excellent + Competent;

    /// <summary>The count of <paramref name="rating"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="rating"/> is not defined (<c>EVAL.RATING_UNDEFINED</c>).</exception>
    public int this[Rating rating] => rating switch
    {
        Rating.Excellent => Excellent,
        Rating.Competent => Competent,
        Rating.BasicallyCompetent => BasicallyCompetent,
        Rating.Incompetent => Incompetent,
        _ => throw new InvalidInputException([Failures.Of(nameof(rating), EvaluationErrorCodes.RatingUndefined, rating, rating)]),
    };

    /// <summary>(Excellent + Competent) ÷ valid, exactly; 0/1 when there is no valid rating.</summary>
    public Ratio Recognition => Valid == 0 ? Ratio.Zero : Ratio.Of(Recognized, Valid);

    /// <summary>Incompetent ÷ valid, exactly; 0/1 when there is no valid rating.</summary>
    public Ratio IncompetentShare => Valid == 0 ? Ratio.Zero : Ratio.Of(Incompetent, Valid);

    /// <summary>The sum of two counts, for example of two groups.</summary>
    public static RatingCounts operator +(RatingCounts left, RatingCounts right) => new(
        left.Excellent + right.Excellent,
        left.Competent + right.Competent,
        left.BasicallyCompetent + right.BasicallyCompetent,
        left.Incompetent + right.Incompetent,
        left.Abstaining + right.Abstaining,
        left.Invalid + right.Invalid);

    /// <summary>The sum of two counts (named alternative to <c>+</c>).</summary>
    public static RatingCounts Add(RatingCounts left, RatingCounts right) => left + right;
}
