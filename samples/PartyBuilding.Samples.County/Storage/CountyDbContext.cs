using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Samples.County.Storage;

/// <summary>
/// The county's summaries, mapped as docs/persistence.md tells a host to: a table per summary type keyed by
/// its <c>Id</c>; ids stored as their string value; enums as integers. Each provider's conventions are in its subclass.
/// </summary>
internal abstract class CountyDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The library's id types the summaries use.</summary>
    private static readonly Type[] IdTypes =
        [typeof(OrganizationId), typeof(MemberId), typeof(EnterpriseId), typeof(CaseId), typeof(RectificationOrderId), typeof(RoundId), typeof(CadreId)];

    public DbSet<OrganizationSummary> Organizations => Set<OrganizationSummary>();

    public DbSet<MobileMemberSummary> MobileMembers => Set<MobileMemberSummary>();

    public DbSet<EnterpriseAssessmentSummary> Enterprises => Set<EnterpriseAssessmentSummary>();

    public DbSet<AccountabilityCaseSummary> Cases => Set<AccountabilityCaseSummary>();

    public DbSet<RectificationOrderSummary> Orders => Set<RectificationOrderSummary>();

    public DbSet<EvaluationRoundSummary> Rounds => Set<EvaluationRoundSummary>();

    public DbSet<CandidateEvaluationSummary> Candidates => Set<CandidateEvaluationSummary>();

    public DbSet<ImportState> Imports => Set<ImportState>();

    /// <summary>Which database this is, for the report.</summary>
    public abstract string Describe();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrganizationSummary>().ToTable("OrganizationSummary").HasKey(e => e.Id);
        modelBuilder.Entity<MobileMemberSummary>().ToTable("MobileMemberSummary").HasKey(e => e.Id);
        modelBuilder.Entity<EnterpriseAssessmentSummary>().ToTable("EnterpriseAssessmentSummary").HasKey(e => e.Id);
        modelBuilder.Entity<AccountabilityCaseSummary>().ToTable("AccountabilityCaseSummary").HasKey(e => e.Id);
        modelBuilder.Entity<RectificationOrderSummary>().ToTable("RectificationOrderSummary").HasKey(e => e.Id);
        modelBuilder.Entity<EvaluationRoundSummary>().ToTable("EvaluationRoundSummary").HasKey(e => e.Id);
        modelBuilder.Entity<CandidateEvaluationSummary>().ToTable("CandidateEvaluationSummary").HasKey(e => e.Id);
        modelBuilder.Entity<ImportState>().ToTable("ImportState").HasKey(e => e.Id);
        modelBuilder.Entity<ImportState>().Property(e => e.Id).ValueGeneratedNever();
        modelBuilder.Entity<ImportState>().Ignore(e => e.Complete);
    }

    /// <summary>Stores every id type as its string value, in <paramref name="collation"/> when given.</summary>
    protected static void IdsAsText(ModelConfigurationBuilder configurationBuilder, string? collation = null)
    {
        foreach (var idType in IdTypes)
        {
            var ids = configurationBuilder.Properties(idType).HaveConversion(typeof(IdConverter<>).MakeGenericType(idType));
            if (collation is not null)
            {
                ids.UseCollation(collation);
            }
        }
    }
}

/// <summary>SQLite: <see cref="LocalDate"/> as text <c>yyyy-MM-dd</c>; text in SQLite's default <c>BINARY</c> collation (byte order).</summary>
internal sealed class SqliteCountyDbContext(DbContextOptions<SqliteCountyDbContext> options, string file) : CountyDbContext(options)
{
    public override string Describe() => $"SQLite {file}";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        IdsAsText(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
    }
}

/// <summary>
/// PostgreSQL (Npgsql with its NodaTime plugin): <see cref="LocalDate"/> as <c>date</c> natively; every id and
/// text column in the <c>"C"</c> collation (byte order), whatever the database's default, so that text sorts as in memory.
/// </summary>
internal sealed class PostgresCountyDbContext(DbContextOptions<PostgresCountyDbContext> options, string database) : CountyDbContext(options)
{
    public const string Collation = "C";

    public override string Describe() => $"PostgreSQL database {database}";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        IdsAsText(configurationBuilder, Collation);
        configurationBuilder.Properties<string>().UseCollation(Collation);
    }
}
