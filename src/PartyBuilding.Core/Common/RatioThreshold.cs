using System.Globalization;

namespace PartyBuilding.Core;

/// <summary>
/// A bound on a share: "at least <see cref="Value"/>" when <see cref="Inclusive"/>, "more than
/// <see cref="Value"/>" otherwise. Checked exactly by cross-multiplication.
/// </summary>
/// <param name="Value">The bound.</param>
/// <param name="Inclusive">Whether a share equal to the bound meets it.</param>
/// <remarks>The default value is "more than 0/1".</remarks>
public readonly record struct RatioThreshold(Ratio Value, bool Inclusive)
{
    /// <summary>A bound met by shares of at least <paramref name="numerator"/>/<paramref name="denominator"/>.</summary>
    /// <exception cref="InvalidInputException">The numerator is negative or the denominator is not positive (code <c>COMMON.RATIO_OUT_OF_RANGE</c>).</exception>
    public static RatioThreshold AtLeast(long numerator, long denominator) => new(new Ratio(numerator, denominator), true);

    /// <summary>A bound met by shares of more than <paramref name="numerator"/>/<paramref name="denominator"/>.</summary>
    /// <exception cref="InvalidInputException">The numerator is negative or the denominator is not positive (code <c>COMMON.RATIO_OUT_OF_RANGE</c>).</exception>
    public static RatioThreshold MoreThan(long numerator, long denominator) => new(new Ratio(numerator, denominator), false);

    /// <summary>Whether <paramref name="part"/> ÷ <paramref name="whole"/> meets the bound.</summary>
    /// <param name="part">Zero or more.</param>
    /// <param name="whole">More than zero.</param>
    /// <returns>The comparison, made without floating point.</returns>
    /// <exception cref="InvalidInputException">The part is negative or the whole is not positive (code <c>COMMON.RATIO_OUT_OF_RANGE</c>).</exception>
    public bool IsMetBy(long part, long whole) =>
        Inclusive ? Value.IsReachedBy(part, whole) : Value.IsExceededBy(part, whole);

    /// <summary>Whether <paramref name="share"/> meets the bound.</summary>
    public bool IsMetBy(Ratio share) => Inclusive ? share >= Value : share > Value;

    /// <summary>Returns <c>≥ 2/3</c> or <c>&gt; 1/3</c>.</summary>
    public override string ToString() =>
        (Inclusive ? "≥ " : "> ") + Value.ToString() + " (" + Value.ToPercent().ToString(CultureInfo.InvariantCulture) + " %)";
}
