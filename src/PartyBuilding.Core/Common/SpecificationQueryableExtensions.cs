using Ardalis.Specification;

namespace PartyBuilding.Core;

/// <summary>
/// Applies a specification to any <see cref="IQueryable{T}"/> (an EF Core <c>DbSet</c>, a LINQ
/// provider, an in-memory queryable) without a dependency on an ORM.
/// </summary>
/// <remarks>
/// The library's specifications filter, order and page only, over plain stored properties, so that
/// the same specification gives the same rows in the same order in memory
/// (<see cref="Specification{T}.Evaluate(IEnumerable{T})"/>) and through a database provider. This
/// extension applies exactly those three parts with Ardalis.Specification's own evaluators
/// (<see cref="WhereEvaluator"/>, <see cref="OrderEvaluator"/>, <see cref="PaginationEvaluator"/>);
/// include, tracking and caching hints are an ORM's concern and are not applied. It is not named
/// <c>WithSpecification</c> so that it never collides with Ardalis.Specification.EntityFrameworkCore's
/// extension of that name in a host that uses both.
/// </remarks>
public static class SpecificationQueryableExtensions
{
    /// <summary>
    /// Applies the filter, the order and the paging of <paramref name="specification"/> to
    /// <paramref name="source"/>, in that order.
    /// </summary>
    /// <typeparam name="T">The stored summary type the specification queries.</typeparam>
    /// <param name="source">The query to narrow, for example <c>dbContext.Set&lt;T&gt;()</c>.</param>
    /// <param name="specification">The specification to apply.</param>
    /// <returns>The composed query; nothing is executed until it is enumerated.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException">
    /// The specification has search (<c>LIKE</c>) criteria, which need a provider-specific evaluator:
    /// applying the rest alone would return more rows than the specification allows.
    /// </exception>
    public static IQueryable<T> ApplySpecification<T>(this IQueryable<T> source, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.SearchCriterias.Any())
        {
            throw new NotSupportedException(
                $"{specification.GetType().Name} has search criteria; apply it with a provider-specific evaluator.");
        }

        var query = WhereEvaluator.Instance.GetQuery(source, specification);
        query = OrderEvaluator.Instance.GetQuery(query, specification);
        return PaginationEvaluator.Instance.GetQuery(query, specification);
    }
}
