using System.Globalization;
using System.Numerics;

namespace PartyBuilding.Core;

/// <summary>
/// An exact non-negative rational number such as 2/3, kept in lowest terms and compared by
/// cross-multiplication in 128-bit integers, so no comparison rounds and none overflows.
/// </summary>
/// <remarks>
/// Shares, thresholds and weights in the library are ratios; floating point never takes part in a
/// decision (<see cref="ToDouble"/> is for display). The default value is 0/1.
/// </remarks>
public readonly struct Ratio : IEquatable<Ratio>, IComparable<Ratio>, IComparable, IComparisonOperators<Ratio, Ratio, bool>
{
    private readonly long denominatorMinusOne;

    /// <summary>Creates <paramref name="numerator"/>/<paramref name="denominator"/>, reduced to lowest terms.</summary>
    /// <param name="numerator">Zero or more.</param>
    /// <param name="denominator">More than zero.</param>
    /// <exception cref="InvalidInputException">The numerator is negative or the denominator is not positive (code <c>COMMON.RATIO_OUT_OF_RANGE</c>).</exception>
    public Ratio(long numerator, long denominator)
    {
        if (numerator < 0 || denominator <= 0)
        {
            throw numerator < 0 ? OutOfRange(nameof(numerator), numerator, numerator, denominator) : OutOfRange(nameof(denominator), denominator, numerator, denominator);
        }

        var divisor = numerator == 0 ? denominator : (long)Gcd(numerator, denominator);
        Numerator = numerator / divisor;
        denominatorMinusOne = (denominator / divisor) - 1;
    }

    /// <summary>0/1.</summary>
    public static Ratio Zero => default;

    /// <summary>1/1.</summary>
    public static Ratio One => new(1, 1);

    /// <summary>The numerator in lowest terms.</summary>
    public long Numerator { get; }

    /// <summary>The denominator in lowest terms; 1 for the default value.</summary>
    public long Denominator => denominatorMinusOne + 1;

    /// <summary>The share <paramref name="part"/> of <paramref name="whole"/>.</summary>
    /// <param name="part">Zero or more.</param>
    /// <param name="whole">More than zero.</param>
    /// <returns>The exact share.</returns>
    /// <exception cref="InvalidInputException">The part is negative or the whole is not positive (code <c>COMMON.RATIO_OUT_OF_RANGE</c>).</exception>
    public static Ratio Of(long part, long whole) => new(part, whole);

    /// <summary>Whether <paramref name="part"/> ÷ <paramref name="whole"/> is at least this ratio.</summary>
    /// <param name="part">Zero or more.</param>
    /// <param name="whole">More than zero.</param>
    /// <returns><see langword="true"/> when part × denominator ≥ numerator × whole.</returns>
    /// <exception cref="InvalidInputException">The part is negative or the whole is not positive (code <c>COMMON.RATIO_OUT_OF_RANGE</c>).</exception>
    public bool IsReachedBy(long part, long whole)
    {
        CheckShare(part, whole);
        return (Int128)part * Denominator >= (Int128)Numerator * whole;
    }

    /// <summary>Whether <paramref name="part"/> ÷ <paramref name="whole"/> is more than this ratio.</summary>
    /// <param name="part">Zero or more.</param>
    /// <param name="whole">More than zero.</param>
    /// <returns><see langword="true"/> when part × denominator &gt; numerator × whole.</returns>
    /// <exception cref="InvalidInputException">The part is negative or the whole is not positive (code <c>COMMON.RATIO_OUT_OF_RANGE</c>).</exception>
    public bool IsExceededBy(long part, long whole)
    {
        CheckShare(part, whole);
        return (Int128)part * Denominator > (Int128)Numerator * whole;
    }

    /// <summary>The exact sum.</summary>
    /// <exception cref="InvalidInputException">The exact result does not fit in 64-bit terms (code <c>COMMON.RATIO_TOO_LARGE</c>).</exception>
    public static Ratio operator +(Ratio left, Ratio right)
    {
        var numerator = ((Int128)left.Numerator * right.Denominator) + ((Int128)right.Numerator * left.Denominator);
        var denominator = (Int128)left.Denominator * right.Denominator;
        return Reduce(numerator, denominator, left, right);
    }

    /// <summary>The exact product.</summary>
    /// <exception cref="InvalidInputException">The exact result does not fit in 64-bit terms (code <c>COMMON.RATIO_TOO_LARGE</c>).</exception>
    public static Ratio operator *(Ratio left, Ratio right) =>
        Reduce((Int128)left.Numerator * right.Numerator, (Int128)left.Denominator * right.Denominator, left, right);

    /// <summary>The exact sum (named alternative to <c>+</c>).</summary>
    /// <exception cref="InvalidInputException">The exact result does not fit in 64-bit terms (code <c>COMMON.RATIO_TOO_LARGE</c>).</exception>
    public static Ratio Add(Ratio left, Ratio right) => left + right;

    /// <summary>The exact product (named alternative to <c>*</c>).</summary>
    /// <exception cref="InvalidInputException">The exact result does not fit in 64-bit terms (code <c>COMMON.RATIO_TOO_LARGE</c>).</exception>
    public static Ratio Multiply(Ratio left, Ratio right) => left * right;

    /// <summary>The nearest double, for display only.</summary>
    public double ToDouble() => (double)Numerator / Denominator;

    /// <summary>The ratio as a percentage rounded to <paramref name="decimals"/> places, for display only.</summary>
    /// <exception cref="InvalidInputException"><paramref name="decimals"/> is not from 0 to 28 (code <c>COMMON.DECIMALS_OUT_OF_RANGE</c>).</exception>
    public decimal ToPercent(int decimals = 1) => decimals is >= 0 and <= 28
        ? Math.Round((decimal)Numerator * 100m / Denominator, decimals, MidpointRounding.AwayFromZero)
        : throw new InvalidInputException([Failures.Of(nameof(decimals), CommonErrorCodes.DecimalsOutOfRange, decimals, decimals)], nameof(decimals));

    /// <inheritdoc />
    public int CompareTo(Ratio other) =>
        ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);

    /// <summary>Compares with a boxed ratio, so that untyped sorts (such as a specification's <c>OrderBy</c> key boxed to <see cref="object"/>) work.</summary>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Ratio"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ratio other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Ratio.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(Ratio other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Returns <c>numerator/denominator</c>, for example <c>2/3</c>.</summary>
    public override string ToString() =>
        Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <inheritdoc />
    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;

    /// <inheritdoc />
    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;

    /// <inheritdoc />
    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;

    /// <inheritdoc />
    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;

    // One branch on the hot path (shares are compared per ballot and enterprise); the exception is built only on failure.
    private static void CheckShare(long part, long whole)
    {
        if (part < 0 || whole <= 0)
        {
            throw part < 0 ? OutOfRange(nameof(part), part, part, whole) : OutOfRange(nameof(whole), whole, part, whole);
        }
    }

    private static InvalidInputException OutOfRange(string parameter, long value, long numerator, long denominator) =>
        new([Failures.Of(parameter, CommonErrorCodes.RatioOutOfRange, value, numerator, denominator)], parameter);

    private static Ratio Reduce(Int128 numerator, Int128 denominator, Ratio left, Ratio right)
    {
        var divisor = Gcd(numerator, denominator);
        numerator /= divisor;
        denominator /= divisor;
        return numerator <= long.MaxValue && denominator <= long.MaxValue
            ? new Ratio((long)numerator, (long)denominator)
            : throw new InvalidInputException([Failures.Of(nameof(right), CommonErrorCodes.RatioTooLarge, right, left, right)], nameof(right));
    }

    private static Int128 Gcd(Int128 a, Int128 b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }
}
