using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>
/// A fresh PostgreSQL database on the configured server (<see cref="PostgresServer"/>) with every summary
/// table created; dropped when disposed, so that tests running in parallel never share a table.
/// </summary>
/// <remarks>
/// The database's default collation is culture-aware (ICU, root locale), as on many production servers,
/// so that only the mapping (<see cref="PostgresSummaryDbContext"/>: <c>"C"</c> on id and text columns)
/// stands between the specifications and a culture-aware order.
/// </remarks>
public sealed class PostgresDatabase : SummaryDatabase
{
    public PostgresDatabase()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServer.RequireConnectionString()) { IncludeErrorDetail = true };
        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "pb_" + Guid.NewGuid().ToString("N") };
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText =
                $"""CREATE DATABASE "{database.Database}" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C' LOCALE_PROVIDER icu ICU_LOCALE 'und'""";
            create.ExecuteNonQuery();
        }

        Context = new PostgresSummaryDbContext(
            new DbContextOptionsBuilder<PostgresSummaryDbContext>().UseNpgsql(database.ConnectionString, o => o.UseNodaTime()).Options);
        Context.Database.EnsureCreated();
    }

    public override string Name => "PostgreSQL";

    public override SummaryDbContext Context { get; }

    /// <summary>Runs a statement on the database (to alter the mapping a test starts from).</summary>
    public void Execute(string sql) => Context.Database.ExecuteSqlRaw(sql);

    protected override void Dispose(bool disposing)
    {
        try
        {
            Context.Database.EnsureDeleted();
        }
        finally
        {
            Context.Dispose();
        }
    }
}
