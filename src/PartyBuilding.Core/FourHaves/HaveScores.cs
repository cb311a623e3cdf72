using FluentValidation.Results;

namespace PartyBuilding.Core.FourHaves;

/// <summary>The score of each have, as four plain figures (no dictionary).</summary>
/// <param name="Seat">The Seat score.</param>
/// <param name="Action">The Action score.</param>
/// <param name="Attraction">The Attraction score.</param>
/// <param name="Supervision">The Supervision score.</param>
/// <remarks>The default value is all zero.</remarks>
/// <exception cref="InvalidInputException">
/// A score is negative (code <c>FH.SCORE_NEGATIVE</c>) or the four add up to more than <see cref="int.MaxValue"/> (code <c>FH.SCORES_TOO_LARGE</c>).
/// </exception>
public readonly record struct HaveScores(int Seat, int Action, int Attraction, int Supervision)
{
    // Get-only, so that no `with` skips the check; a positional record has no constructor body, so the last
    // property's initializer checks all four.

    /// <summary>The Seat score.</summary>
    public int Seat { get; } = Seat;

    /// <summary>The Action score.</summary>
    public int Action { get; } = Action;

    /// <summary>The Attraction score.</summary>
    public int Attraction { get; } = Attraction;

    /// <summary>The Supervision score.</summary>
    public int Supervision { get; } = Checked(Seat, Action, Attraction, Supervision);

    /// <summary>The score of <paramref name="have"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="have"/> is not defined (code <c>FH.ENUM_UNDEFINED</c>).</exception>
    public int this[Have have] => have switch
    {
        Have.Seat => Seat,
        Have.Action => Action,
        Have.Attraction => Attraction,
        Have.Supervision => Supervision,
        _ => throw UndefinedValue.Of(have, nameof(have)),
    };

    /// <summary>The sum of the four scores.</summary>
    public int Total => Seat + Action + Attraction + Supervision;

    private static int Checked(int seat, int action, int attraction, int supervision)
    {
        if (seat < 0 || action < 0 || attraction < 0 || supervision < 0 || (long)seat + action + attraction + supervision > int.MaxValue)
        {
            throw Refused([(nameof(Seat), seat), (nameof(Action), action), (nameof(Attraction), attraction), (nameof(Supervision), supervision)]);
        }

        return supervision;
    }

    private static InvalidInputException Refused((string Name, int Score)[] scores)
    {
        List<ValidationFailure> failures =
        [
            .. scores.Where(s => s.Score < 0).Select(s => Failures.Of(s.Name, FourHavesErrorCodes.ScoreNegative, s.Score, s.Name, s.Score)),
        ];
        if (failures.Count == 0)
        {
            failures.Add(Failures.Of(nameof(Total), FourHavesErrorCodes.ScoresTooLarge, scores.Sum(s => (long)s.Score), int.MaxValue));
        }

        return new InvalidInputException(failures, failures[0].PropertyName);
    }
}
