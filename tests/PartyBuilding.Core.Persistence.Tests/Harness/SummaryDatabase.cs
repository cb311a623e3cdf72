using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>A database with every summary table created, as a host maps them (<see cref="SummaryDbContext"/>).</summary>
public abstract class SummaryDatabase : IDisposable
{
    /// <summary>The database's name in failure reports and test names (<c>SQLite</c>, <c>PostgreSQL</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The context over the database.</summary>
    public abstract SummaryDbContext Context { get; }

    /// <summary>Drops rows that repeat a primary key already seen (the first is kept), as a database would refuse them.</summary>
    public List<T> DistinctByKey<T>(IEnumerable<T> rows)
        where T : class
    {
        var key = Context.Model.FindEntityType(typeof(T))?.FindPrimaryKey()
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped with a key; map it in ConfigureModel.");
        var properties = key.Properties.Select(p => p.PropertyInfo ?? throw new InvalidOperationException($"Key {p.Name} of {typeof(T).Name} is not a CLR property.")).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. rows.Where(row => seen.Add(string.Join("\u001f", properties.Select(p => p.GetValue(row)?.ToString() ?? "\u0000"))))];
    }

    /// <summary>Makes <paramref name="rows"/> the only rows of their table.</summary>
    public void Replace<T>(IReadOnlyCollection<T> rows)
        where T : class
    {
        Context.Set<T>().ExecuteDelete();
        Context.Set<T>().AddRange(rows);
        Context.SaveChanges();
        Context.ChangeTracker.Clear();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the context and the database.</summary>
    protected abstract void Dispose(bool disposing);
}
