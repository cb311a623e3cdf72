using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>An in-memory SQLite database (the connection stays open for its lifetime) with every summary table created.</summary>
public sealed class SqliteDatabase : SummaryDatabase
{
    private readonly SqliteConnection connection;

    public SqliteDatabase()
    {
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Context = new SqliteSummaryDbContext(new DbContextOptionsBuilder<SqliteSummaryDbContext>().UseSqlite(connection).Options);
        Context.Database.EnsureCreated();
    }

    public override string Name => "SQLite";

    public override SummaryDbContext Context { get; }

    protected override void Dispose(bool disposing)
    {
        Context.Dispose();
        connection.Dispose();
    }
}
