using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartyBuilding.Samples.County.Rules;

namespace PartyBuilding.Samples.County.Storage;

/// <summary>
/// The county's database: created on first use, one transaction per batch (the batch's rows and the
/// <see cref="ImportState"/> row together), so that a failure keeps every earlier batch and a rerun continues.
/// Every database error becomes one <see cref="HostException"/>.
/// </summary>
internal sealed class CountyStore : IDisposable
{
    private CountyStore(CountyDbContext context) => Context = context;

    public CountyDbContext Context { get; }

    /// <summary>The database of <paramref name="options"/>, its tables created if missing.</summary>
    public static CountyStore Open(CountyOptions options)
    {
        CountyDbContext context;
        if (options.Connection is { } connection)
        {
            var builder = new NpgsqlConnectionStringBuilder(connection);
            context = new PostgresCountyDbContext(
                new DbContextOptionsBuilder<PostgresCountyDbContext>().UseNpgsql(connection, o => o.UseNodaTime()).Options,
                $"{builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}");
        }
        else
        {
            var file = Path.GetFullPath(options.DatabaseFile);
            var builder = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false };
            context = new SqliteCountyDbContext(new DbContextOptionsBuilder<SqliteCountyDbContext>().UseSqlite(builder.ConnectionString).Options, options.DatabaseFile);
        }

        var store = new CountyStore(context);
        try
        {
            store.Db("create the tables", () => context.Database.EnsureCreated());
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>What the database holds, or null when it is empty.</summary>
    public ImportState? State() => Db("read the import state", () => Context.Imports.AsNoTracking().SingleOrDefault());

    /// <summary>
    /// Stores one batch and the new state in one transaction; with <paramref name="resetFirst"/> every row
    /// is deleted first, in the same transaction. <paramref name="fault"/> (tests only) runs before the commit.
    /// </summary>
    public void Store(SummaryBatch batch, ImportState state, bool resetFirst, Action<int>? fault)
    {
        Db($"store batch {batch.Index + 1} (lines {batch.FirstLine}–{batch.LastLine})", () =>
        {
            using var transaction = Context.Database.BeginTransaction();
            if (resetFirst)
            {
                Context.Candidates.ExecuteDelete();
                Context.Rounds.ExecuteDelete();
                Context.Orders.ExecuteDelete();
                Context.Cases.ExecuteDelete();
                Context.Enterprises.ExecuteDelete();
                Context.MobileMembers.ExecuteDelete();
                Context.Organizations.ExecuteDelete();
                Context.Imports.ExecuteDelete();
            }

            Context.AddRange(batch.Organizations);
            Context.AddRange(batch.MobileMembers);
            Context.AddRange(batch.Enterprises);
            Context.AddRange(batch.Cases);
            Context.AddRange(batch.Orders);
            Context.AddRange(batch.Rounds);
            Context.AddRange(batch.Candidates);
            var stored = Context.Imports.SingleOrDefault();
            if (stored is null)
            {
                Context.Imports.Add(state);
            }
            else
            {
                stored.Source = state.Source;
                stored.County = state.County;
                stored.AsOf = state.AsOf;
                stored.BatchesStored = state.BatchesStored;
                stored.TotalBatches = state.TotalBatches;
                Context.Entry(stored).State = EntityState.Modified;
            }

            Context.ChangeTracker.DetectChanges();
            Context.SaveChanges();
            fault?.Invoke(batch.Index);
            transaction.Commit();
            return 0;
        });
        Context.ChangeTracker.Clear();
    }

    /// <summary>Runs <paramref name="work"/>; a database error becomes one message naming what was being done.</summary>
    public T Db<T>(string what, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is DbException or DbUpdateException or TimeoutException or InvalidOperationException { InnerException: DbException })
        {
            // EF Core wraps a provider's error (Npgsql's retrying strategy: "likely due to a transient failure"): the cause is the message.
            Context.ChangeTracker.Clear();
            var inner = e is DbUpdateException or InvalidOperationException && e.InnerException is { } cause ? cause.Message : e.Message;
            throw new HostException($"{Context.Describe()}: cannot {what}: {inner}");
        }
    }

    public void Dispose() => Context.Dispose();
}
