namespace PartyBuilding.Core;

/// <summary>Identifies a cadre (干部) within a host's data.</summary>
/// <param name="Value">The host's identifier; neither empty nor whitespace.</param>
/// <remarks>
/// Compared ordinally. The default value has a null <see cref="Value"/> and is not a valid id:
/// validators refuse it.
/// </remarks>
/// <exception cref="ArgumentException"><paramref name="Value"/> is null, empty or whitespace.</exception>
public readonly record struct CadreId(string Value) : IComparable<CadreId>, IComparable
{
    /// <summary>The host's identifier.</summary>
    public string Value { get; } = Guard.Id(Value, nameof(Value));

    /// <summary>Whether this is the default (empty) id rather than one a host created.</summary>
    public bool IsDefault => Value is null;

    /// <inheritdoc />
    public int CompareTo(CadreId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    /// <remarks>Non-generic comparison, used when ids are sorted as objects (for example by in-memory specification ordering).</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CadreId other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(CadreId)}.", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    public static bool operator <(CadreId left, CadreId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/> (ordinal).</summary>
    public static bool operator <=(CadreId left, CadreId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    public static bool operator >(CadreId left, CadreId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/> (ordinal).</summary>
    public static bool operator >=(CadreId left, CadreId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
