namespace PartyBuilding.Core.Evaluation;

/// <summary>Identifies a voter (评议人) on a round's voter list: a party member, a villager representative, a township cadre and so on.</summary>
/// <param name="Value">The host's identifier; neither empty nor whitespace.</param>
/// <remarks>
/// Compared ordinally. The default value has a null <see cref="Value"/> and is not a valid id:
/// validators refuse it.
/// </remarks>
/// <exception cref="ArgumentException"><paramref name="Value"/> is null, empty or whitespace.</exception>
public readonly record struct VoterId(string Value) : IComparable<VoterId>, IComparable
{
    /// <summary>The host's identifier.</summary>
    public string Value { get; } = Guard.Id(Value, nameof(Value));

    /// <summary>Whether this is the default (empty) id rather than one a host created.</summary>
    public bool IsDefault => Value is null;

    /// <inheritdoc />
    public int CompareTo(VoterId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares with another <see cref="VoterId"/> (ordinal), so that untyped sorts such as an in-memory specification's order work; null sorts first.</summary>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="VoterId"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        VoterId other => CompareTo(other),
        _ => throw new ArgumentException(null, nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    public static bool operator <(VoterId left, VoterId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/> (ordinal).</summary>
    public static bool operator <=(VoterId left, VoterId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    public static bool operator >(VoterId left, VoterId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/> (ordinal).</summary>
    public static bool operator >=(VoterId left, VoterId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
