using Ardalis.Specification;

namespace PartyBuilding.Core;

/// <summary>
/// A specification whose in-memory evaluation orders text keys ordinally, as a database orders them
/// by binary collation, so that the same specification gives the same order in memory and in SQL.
/// </summary>
/// <typeparam name="T">The stored summary type.</typeparam>
/// <remarks>
/// Ardalis.Specification orders in memory with the default comparer, which compares strings by the
/// current culture ("a" before "B"); SQLite and binary collations compare code units ("B" before
/// "a"). Derive from this class when a specification orders by a <see cref="string"/> property;
/// the query it builds for a database is unchanged.
/// </remarks>
public abstract class OrdinalSpecification<T> : Specification<T>
{
    /// <summary>The items satisfying the specification, in its order, with text keys compared ordinally.</summary>
    /// <param name="entities">The stored items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<T> Evaluate(IEnumerable<T> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var result = entities.Where(IsSatisfiedBy);
        IOrderedEnumerable<T>? ordered = null;
        foreach (var order in OrderExpressions)
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
