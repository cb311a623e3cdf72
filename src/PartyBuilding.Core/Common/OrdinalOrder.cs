using Ardalis.Specification;

namespace PartyBuilding.Core;

/// <summary>
/// The in-memory evaluation of a specification with text keys ordered ordinally, as a database orders them
/// by binary collation, so that the same specification gives the same order in memory and in SQL.
/// </summary>
/// <remarks>
/// Ardalis.Specification orders in memory with the default comparer, which compares strings by the
/// current culture ("a" before "B"); SQLite and binary collations compare code units ("B" before
/// "a"). A specification that orders by a <see cref="string"/> property overrides
/// <see cref="Specification{T}.Evaluate(IEnumerable{T})"/> with this; the query it builds for a database is unchanged.
/// </remarks>
internal static class OrdinalOrder
{
    /// <summary>The items satisfying <paramref name="specification"/>, in its order, with text keys compared ordinally.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public static IEnumerable<T> Evaluate<T>(Specification<T> specification, IEnumerable<T> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var result = entities.Where(specification.IsSatisfiedBy);
        IOrderedEnumerable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            var key = order.KeySelectorFunc;
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => result.OrderBy(key, OrdinalKeyComparer.Instance),
                OrderTypeEnum.OrderByDescending => result.OrderByDescending(key, OrdinalKeyComparer.Instance),
                OrderTypeEnum.ThenBy => (ordered ?? result.OrderBy(_ => 0)).ThenBy(key, OrdinalKeyComparer.Instance),
                OrderTypeEnum.ThenByDescending => (ordered ?? result.OrderBy(_ => 0)).ThenByDescending(key, OrdinalKeyComparer.Instance),
                _ => throw new NotSupportedException(order.OrderType.ToString()),
            };
            result = ordered;
        }

        return result;
    }

    /// <summary>Compares order keys: strings ordinally, anything else by its own comparison.</summary>
    private sealed class OrdinalKeyComparer : IComparer<object?>
    {
        public static readonly OrdinalKeyComparer Instance = new();

        public int Compare(object? x, object? y) =>
            x is string left && y is string right
                ? string.CompareOrdinal(left, right)
                : Comparer<object?>.Default.Compare(x, y);
    }
}
