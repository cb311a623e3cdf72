using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Specifications;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests;

public sealed class SpecificationQueryableExtensionsTests
{
    /// <summary>A test-only specification that pages, so that the pagination evaluator is exercised.</summary>
    private sealed class PagedTermsSpec : Specification<OrganizationSummary>
    {
        public PagedTermsSpec(LocalDate date, int skip, int take) =>
            Query.Where(o => o.TermEndsOn >= date).OrderByDescending(o => o.FullMembers).ThenBy(o => o.Id).Skip(skip).Take(take);
    }

    private sealed class SearchSpec : Specification<OrganizationSummary>
    {
        public SearchSpec() => Query.Search(o => o.Kind.ToString(), "%Village%");
    }

    private static OrganizationSummary Row(string id, int full, LocalDate ends) => new()
    {
        Id = new OrganizationId(id),
        Level = OrganizationLevel.Branch,
        Kind = OrganizationKind.Village,
        FullMembers = full,
        ProbationaryMembers = 0,
        TermEndsOn = ends,
    };

    private static readonly LocalDate Date = new(2024, 2, 29);

    private static readonly OrganizationSummary[] Rows =
    [
        Row("c", 5, Date), Row("a", 9, Date.PlusDays(1)), Row("b", 5, Date.PlusDays(-1)), Row("d", 5, Date.PlusYears(1)), Row("e", 1, Date),
    ];

    [Fact]
    public void Filter_order_and_paging_are_applied_through_SQLite_as_in_memory()
    {
        using var database = new SqliteDatabase();
        database.Replace(Rows);
        var spec = new PagedTermsSpec(Date, skip: 1, take: 2);

        var throughSqlite = database.Context.Set<OrganizationSummary>().AsNoTracking().ApplySpecification(spec).Select(o => o.Id.Value).ToList();

        Assert.Equal(["c", "d"], throughSqlite); // a(9) skipped; c(5), d(5) by id; e(1) beyond the page
        Assert.Equal(throughSqlite, spec.Evaluate(Rows).Select(o => o.Id.Value));
    }

    [Fact]
    public void Filter_order_and_paging_are_applied_to_an_in_memory_queryable()
    {
        var spec = new OrganizationsWithTermEndingSpec(Date);

        Assert.Equal(spec.Evaluate(Rows), Rows.AsQueryable().ApplySpecification(spec));
        Assert.Equal(["b", "c", "e"], Rows.AsQueryable().ApplySpecification(spec).Select(o => o.Id.Value));
    }

    [Fact]
    public void Every_case_is_translated_to_SQL_with_its_filter_and_order()
    {
        using var database = new SqliteDatabase();
        foreach (var name in SpecificationCatalog.Cases.Keys)
        {
            var sql = SpecificationCatalog.Cases[name].Sql(database);

            Assert.Contains("WHERE", sql, StringComparison.Ordinal);
            Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Search_criteria_are_refused_rather_than_ignored() =>
        Assert.Throws<NotSupportedException>(() => Rows.AsQueryable().ApplySpecification(new SearchSpec()));

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ((IQueryable<OrganizationSummary>)null!).ApplySpecification(new OrganizationsWithTermEndingSpec(Date)));
        Assert.Throws<ArgumentNullException>(() => Rows.AsQueryable().ApplySpecification(null!));
    }
}
