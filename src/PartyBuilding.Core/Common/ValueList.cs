using System.Collections.ObjectModel;

namespace PartyBuilding.Core;

/// <summary>
/// A read-only copy of a list that compares by content: what a record carrying a list holds, so that
/// nothing the host does to its own list later changes the record, no cast writes through it, and two
/// records with the same items are equal.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ValueList<T> : ReadOnlyCollection<T>, IEquatable<ValueList<T>>
{
    private ValueList(T[] items)
        : base(items)
    {
    }

    /// <summary>A list of <paramref name="items"/>, copied.</summary>
    public static ValueList<T> Of(params ReadOnlySpan<T> items) => new(items.ToArray());

    /// <summary>
    /// A copy of a host's list as it is (null stays null, null elements stay), for an input record whose validator
    /// names what is wrong with it.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(items))]
    public static ValueList<T>? From(IEnumerable<T>? items) => items switch
    {
        null => null,
        ValueList<T> kept => kept,
        _ => new ValueList<T>([.. items]),
    };

    /// <summary>A read-only copy of <paramref name="items"/> (kept as is when it is already one).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="InvalidInputException">An item is null (code <c>COMMON.REQUIRED</c>, named <c>name[index]</c>).</exception>
    public static ValueList<T> Copy(IEnumerable<T> items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        if (items is ValueList<T> kept)
        {
            return kept;
        }

        T[] copy = [.. items];
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                failures.Add(Failures.Of($"{name}[{i}]", CommonErrorCodes.Required, null));
            }
        }

        Failures.ThrowIfAny(failures);
        return new ValueList<T>(copy);
    }

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) => other is not null && (ReferenceEquals(this, other) || this.SequenceEqual(other));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in this)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
