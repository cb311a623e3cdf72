using System.Data.Common;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Core;
using PartyBuilding.Samples.County.Storage;

namespace PartyBuilding.Samples.County.Attention;

/// <summary>One attention question: a specification over one summary table, run in the database.</summary>
internal interface IQuestion
{
    string Area { get; }

    string Text { get; }

    /// <summary>The specification's type name.</summary>
    string Specification { get; }

    /// <summary>Every row the specification selects, in its order: how many, and the ids of the first <paramref name="top"/>.</summary>
    (int Rows, IReadOnlyList<string> First) List(CountyDbContext context, int top);

    /// <summary>The first <paramref name="size"/> rows only, as a host pages a long list.</summary>
    IReadOnlyList<string> Page(CountyDbContext context, int size);

    /// <summary>How many rows the specification selects (the order dropped).</summary>
    int Count(CountyDbContext context);

    /// <summary>The page query as the command EF Core sends, parameters included (for <c>EXPLAIN</c>).</summary>
    DbCommand PageCommand(CountyDbContext context, int size);
}

/// <inheritdoc cref="IQuestion"/>
internal sealed class Question<T>(string area, string text, Func<CountyDbContext, DbSet<T>> set, ISpecification<T> specification, Func<T, string> id) : IQuestion
    where T : class
{
    public string Area => area;

    public string Text => text;

    public string Specification => specification.GetType().Name;

    public (int Rows, IReadOnlyList<string> First) List(CountyDbContext context, int top)
    {
        var rows = Query(context).ToList();
        return (rows.Count, [.. rows.Select(id).Distinct(StringComparer.Ordinal).Take(top)]);
    }

    public IReadOnlyList<string> Page(CountyDbContext context, int size) => [.. Query(context).Take(size).AsEnumerable().Select(id)];

    public int Count(CountyDbContext context) => Query(context).Count();

    public DbCommand PageCommand(CountyDbContext context, int size) => Query(context).Take(size).CreateDbCommand();

    private IQueryable<T> Query(CountyDbContext context) => set(context).AsNoTracking().ApplySpecification(specification);
}
