using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// The read-only copy of a host's extra facts that an <see cref="EnterpriseProfile"/> holds: keys compared
/// ordinally, nothing the host does to its own dictionary later changes the profile, no cast writes through it,
/// and two profiles with the same facts are equal.
/// </summary>
internal sealed class ExtraFactTable : IReadOnlyDictionary<string, int>, IEquatable<ExtraFactTable>
{
    private readonly Dictionary<string, int> facts;

    private ExtraFactTable(Dictionary<string, int> facts) => this.facts = facts;

    /// <summary>No extra fact.</summary>
    public static ExtraFactTable Empty { get; } = new(new Dictionary<string, int>(0, StringComparer.Ordinal));

    /// <inheritdoc />
    public int Count => facts.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => facts.Keys;

    /// <inheritdoc />
    public IEnumerable<int> Values => facts.Values;

    /// <inheritdoc />
    public int this[string key] => facts[key];

    /// <summary>A copy of <paramref name="source"/> (null stays null, for the validator to name; a table is kept as is).</summary>
    [return: NotNullIfNotNull(nameof(source))]
    public static ExtraFactTable? From(IReadOnlyDictionary<string, int>? source) => source switch
    {
        null => null,
        ExtraFactTable kept => kept,
        { Count: 0 } => Empty,
        _ => new ExtraFactTable(new Dictionary<string, int>(source, StringComparer.Ordinal)),
    };

    /// <inheritdoc />
    public bool ContainsKey(string key) => facts.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value) => facts.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => facts.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ExtraFactTable? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in facts)
        {
            if (!other.facts.TryGetValue(key, out var theirs) || theirs != value)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtraFactTable);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-free: the sum of the entries' hashes.
        var hash = Count;
        foreach (var (key, value) in facts)
        {
            hash = unchecked(hash + HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), value));
        }

        return hash;
    }
}
