namespace PartyBuilding.Core.Accountability;

/// <summary>Copies the lists records take, and compares them by content, so that a record stays what it was built as.</summary>
internal static class ReadOnlyLists
{
    /// <summary>A read-only copy of <paramref name="list"/> (no cast makes it writable), or null for null, which validators refuse.</summary>
    public static IReadOnlyList<T> Copy<T>(IReadOnlyList<T>? list) => list is null ? null! : Array.AsReadOnly([.. list]);

    /// <summary>Whether both lists are null, or hold equal items in the same order.</summary>
    public static bool Equal<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.SequenceEqual(right));

    /// <summary>A hash of the items of <paramref name="list"/>, consistent with <see cref="Equal"/>.</summary>
    public static int Hash<T>(IReadOnlyList<T>? list)
    {
        var hash = default(HashCode);
        if (list is not null)
        {
            foreach (var item in list)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }
}
