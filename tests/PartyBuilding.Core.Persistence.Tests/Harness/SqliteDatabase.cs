using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>An in-memory SQLite database (the connection stays open for its lifetime) with every summary table created.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteConnection connection;

    public SqliteDatabase()
    {
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Context = new SummaryDbContext(new DbContextOptionsBuilder<SummaryDbContext>().UseSqlite(connection).Options);
        Context.Database.EnsureCreated();
    }

    public SummaryDbContext Context { get; }

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

    public void Dispose()
    {
        Context.Dispose();
        connection.Dispose();
    }
}
