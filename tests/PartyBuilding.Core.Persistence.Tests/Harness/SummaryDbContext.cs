using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>
/// Maps every stored summary type a case queries (<see cref="SpecificationCatalog.EntityTypes"/>), the
/// way a host would: a table per type, keyed by its <c>Id</c> property; ids stored as their string
/// value, <see cref="LocalDate"/> as <see cref="DateOnly"/>, <see cref="Instant"/> as Unix milliseconds,
/// enums as integers (EF Core's default).
/// </summary>
public sealed class SummaryDbContext(DbContextOptions<SummaryDbContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        foreach (var idType in IdTypes.All)
        {
            configurationBuilder.Properties(idType).HaveConversion(typeof(IdConverter<>).MakeGenericType(idType));
        }

        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
    }

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
}
