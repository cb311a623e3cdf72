using Ardalis.Specification;

namespace PartyBuilding.Core;

/// <summary>
/// The base of every specification of the library: its in-memory evaluation orders text keys ordinally, as a
/// database orders them by binary collation, so that the same specification gives the same order in memory and
/// in SQL; and it refuses a null item with a code instead of failing inside the filter.
/// </summary>
/// <typeparam name="T">The stored summary type.</typeparam>
/// <remarks>
/// Ardalis.Specification orders in memory with the default comparer, which compares strings by the
/// current culture ("a" before "B"); SQLite and binary collations compare code units ("B" before
/// "a"). Keys of other types compare as Ardalis.Specification compares them. The query it builds for a
/// database is unchanged. It filters and orders; it does not page.
/// </remarks>
public abstract class OrdinalSpecification<T> : Specification<T>
{
    /// <summary>The items satisfying the specification, in its order, with text keys compared ordinally.</summary>
    /// <param name="entities">The stored items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    /// <exception cref="InvalidInputException">An item is null (code <c>COMMON.REQUIRED</c>, named <c>entities[index]</c>).</exception>
    public override IEnumerable<T> Evaluate(IEnumerable<T> entities)
    {
        var result = ValueList<T>.Copy(entities, nameof(entities)).Where(IsSatisfiedBy);
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

    /// <summary>Whether <paramref name="entity"/> satisfies the specification's filter.</summary>
    /// <param name="entity">A stored item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return base.IsSatisfiedBy(entity);
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
