using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>
/// Maps every stored summary type a case queries (<see cref="SpecificationCatalog.EntityTypes"/>), the
/// way a host would: a table per type, keyed by its <c>Id</c> property; ids stored as their string
/// value; enums as integers (EF Core's default). Each provider's conventions are in its subclass.
/// </summary>
public abstract class SummaryDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var type in SpecificationCatalog.EntityTypes)
        {
            var entity = modelBuilder.Entity(type).ToTable(type.Name);
            if (type.GetProperty("Id") is not null)
            {
                entity.HasKey("Id");
            }
        }

        foreach (var source in SpecificationCatalog.Sources)
        {
            source.ConfigureModel(modelBuilder);
        }
    }

    /// <summary>Stores every id type of the library as its string value, in <paramref name="collation"/> when given.</summary>
    protected static void IdsAsText(ModelConfigurationBuilder configurationBuilder, string? collation = null)
    {
        foreach (var idType in IdTypes.All)
        {
            var ids = configurationBuilder.Properties(idType).HaveConversion(typeof(IdConverter<>).MakeGenericType(idType));
            if (collation is not null)
            {
                ids.UseCollation(collation);
            }
        }
    }
}

/// <summary>
/// The SQLite mapping: <see cref="LocalDate"/> as <see cref="DateOnly"/> (text <c>yyyy-MM-dd</c>),
/// <see cref="Instant"/> as Unix milliseconds; text in SQLite's default <c>BINARY</c> collation (byte order).
/// </summary>
public sealed class SqliteSummaryDbContext(DbContextOptions<SqliteSummaryDbContext> options) : SummaryDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        IdsAsText(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
    }
}

/// <summary>
/// The PostgreSQL mapping (Npgsql with its NodaTime plugin, <c>UseNpgsql(…, o =&gt; o.UseNodaTime())</c>):
/// <see cref="LocalDate"/> as <c>date</c> and <see cref="Instant"/> as <c>timestamptz</c> natively; every
/// id and text column in the <c>"C"</c> collation (byte order), whatever the database's default collation is,
/// so that text sorts as in memory and in SQLite.
/// </summary>
public sealed class PostgresSummaryDbContext(DbContextOptions<PostgresSummaryDbContext> options) : SummaryDbContext(options)
{
    /// <summary>The collation of id and text columns.</summary>
    public const string Collation = "C";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        IdsAsText(configurationBuilder, Collation);
        configurationBuilder.Properties<string>().UseCollation(Collation);
    }
}
