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
/// <exception cref="InvalidInputException">
/// A count is negative (code <c>EVAL.COUNT_NEGATIVE</c>) or the six add up to more than <see cref="int.MaxValue"/> ballots (code <c>EVAL.COUNTS_TOO_LARGE</c>).
/// </exception>
public readonly record struct RatingCounts(int Excellent, int Competent, int BasicallyCompetent, int Incompetent, int Abstaining, int Invalid)
{
    // Get-only, so that no `with` skips the check; a positional record has no constructor body, so the last
    // property's initializer checks all six.

    /// <summary>Valid ratings Excellent (优秀).</summary>
    public int Excellent { get; } = Excellent;

    /// <summary>Valid ratings Competent (称职).</summary>
    public int Competent { get; } = Competent;

    /// <summary>Valid ratings Basically competent (基本称职).</summary>
    public int BasicallyCompetent { get; } = BasicallyCompetent;

    /// <summary>Valid ratings Incompetent (不称职).</summary>
    public int Incompetent { get; } = Incompetent;

    /// <summary>Valid ballots that did not rate the candidate.</summary>
    public int Abstaining { get; } = Abstaining;

    /// <summary>Invalid ballots (they count for no candidate).</summary>
    public int Invalid { get; } = Checked(Excellent, Competent, BasicallyCompetent, Incompetent, Abstaining, Invalid);

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
    /// <exception cref="InvalidInputException">The sums add up to more than <see cref="int.MaxValue"/> ballots (code <c>EVAL.COUNTS_TOO_LARGE</c>).</exception>
    public static RatingCounts operator +(RatingCounts left, RatingCounts right) => (long)left.Cast + right.Cast > int.MaxValue
        ? throw TooLarge(nameof(right), (long)left.Cast + right.Cast)
        : new(
        left.Excellent + right.Excellent,
        left.Competent + right.Competent,
        left.BasicallyCompetent + right.BasicallyCompetent,
        left.Incompetent + right.Incompetent,
        left.Abstaining + right.Abstaining,
        left.Invalid + right.Invalid);

    /// <summary>The sum of two counts (named alternative to <c>+</c>).</summary>
    /// <exception cref="InvalidInputException">The sums add up to more than <see cref="int.MaxValue"/> ballots (code <c>EVAL.COUNTS_TOO_LARGE</c>).</exception>
    public static RatingCounts Add(RatingCounts left, RatingCounts right) => left + right;

    private static int Checked(int excellent, int competent, int basicallyCompetent, int incompetent, int abstaining, int invalid)
    {
        if (excellent < 0 || competent < 0 || basicallyCompetent < 0 || incompetent < 0 || abstaining < 0 || invalid < 0)
        {
            (string Name, int Count)[] counts =
            [
                (nameof(Excellent), excellent), (nameof(Competent), competent), (nameof(BasicallyCompetent), basicallyCompetent),
                (nameof(Incompetent), incompetent), (nameof(Abstaining), abstaining), (nameof(Invalid), invalid),
            ];
            var negative = counts.Where(c => c.Count < 0).Select(c => Failures.Of(c.Name, EvaluationErrorCodes.CountNegative, c.Count, c.Name, c.Count)).ToArray();
            throw new InvalidInputException(negative, negative[0].PropertyName);
        }

        var cast = (long)excellent + competent + basicallyCompetent + incompetent + abstaining + invalid;
        return cast <= int.MaxValue ? invalid : throw TooLarge(nameof(Cast), cast);
    }

    private static InvalidInputException TooLarge(string property, long cast) =>
        new([Failures.Of(property, EvaluationErrorCodes.CountsTooLarge, cast, int.MaxValue)], property);
}
