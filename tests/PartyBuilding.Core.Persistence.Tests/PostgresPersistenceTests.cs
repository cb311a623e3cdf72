using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Specifications;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests;

/// <summary>
/// The PostgreSQL half: each case, the specification in memory and through EF Core + PostgreSQL (Npgsql with
/// NodaTime, id and text columns in the <c>"C"</c> collation, on a database whose default collation is culture-aware) gives the same rows in the same order, and the query filters and
/// orders in the database. One theory, so that without a server the half is one skipped line
/// (<see cref="PostgresServer"/>).
/// </summary>
public sealed class PostgresPersistenceTests
{
    /// <summary>The check, beside the cases, that the <c>"C"</c> mapping is what makes the order agree.</summary>
    public const string CultureAwareCollation = "mapping: ids sort as in memory under \"C\", differently under the database's culture-aware default";

    public static TheoryData<string> Checks => [.. SpecificationCatalog.Cases.Keys, CultureAwareCollation];

    [PostgresTheory]
    [MemberData(nameof(Checks))]
    public void The_specification_gives_the_same_rows_in_the_same_order_in_memory_and_through_PostgreSQL(string name)
    {
        using var database = new PostgresDatabase();
        if (name == CultureAwareCollation)
        {
            OrdersByIdAsInMemoryOnlyUnderTheCCollation(database);
            return;
        }

        var specificationCase = SpecificationCatalog.Cases[name];
        var sql = specificationCase.Sql(database);
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(SpecificationPersistenceTests.ScenariosPerCase), specificationCase.Property(database));
    }

    /// <summary>
    /// Ids differing by case and accents: ordinal (memory, SQLite's BINARY, PostgreSQL's "C") puts capitals
    /// first and accented letters last; a culture-aware collation (the test database's default, ICU root
    /// locale, like <c>und-x-icu</c>) interleaves them. So a host must map id and code columns to "C".
    /// </summary>
    private static void OrdersByIdAsInMemoryOnlyUnderTheCCollation(PostgresDatabase database)
    {
        OrganizationSummary[] rows =
        [
            .. new[] { "é", "a", "Z", "e", "B", "b", "A", "_", "0" }.Select(id => new OrganizationSummary
            {
                Id = new OrganizationId(id),
                Level = OrganizationLevel.Branch,
                Kind = OrganizationKind.Village,
                FullMembers = 0,
                ProbationaryMembers = 0,
                TermEndsOn = new LocalDate(2024, 2, 29),
            }),
        ];
        var spec = new OrganizationsNeedingAnotherFormSpec(StructurePolicy.Default); // every row: too few full members; ordered by id
        database.Replace(rows);
        List<string> Query() => [.. database.Context.Set<OrganizationSummary>().AsNoTracking().ApplySpecification(spec).Select(o => o.Id.Value)];
        var inMemory = spec.Evaluate(rows).Select(o => o.Id.Value).ToList();

        Assert.Equal(["0", "A", "B", "Z", "_", "a", "b", "e", "é"], inMemory);
        Assert.Equal(inMemory, Query());

        database.Execute("""ALTER TABLE "OrganizationSummary" ALTER COLUMN "Id" TYPE text COLLATE "default" """); // as if mapped without "C"

        Assert.Equal(["_", "0", "a", "A", "b", "B", "e", "é", "Z"], Query());
    }
}
