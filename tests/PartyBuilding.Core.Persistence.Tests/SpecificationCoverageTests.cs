using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests;

/// <summary>Every specification of the library has a persistence case, and every case is one worth running.</summary>
public sealed class SpecificationCoverageTests
{
    [Fact]
    public void The_library_has_specifications_and_the_harness_finds_them() =>
        Assert.Contains(typeof(PartyBuilding.Core.Organizations.Specifications.OrganizationsWithTermEndingSpec), SpecificationCatalog.LibrarySpecifications);

    [Fact]
    public void Every_specification_in_the_library_has_a_case()
    {
        var covered = SpecificationCatalog.Cases.Values.Select(c => c.SpecificationType).ToHashSet();

        var missing = SpecificationCatalog.LibrarySpecifications.Where(s => !covered.Contains(s)).Select(s => s.FullName).ToArray();

        Assert.True(missing.Length == 0, "Specifications without a persistence case (see docs/persistence.md): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_case_covers_a_library_specification_over_the_type_it_queries()
    {
        Assert.All(SpecificationCatalog.Cases.Values, c =>
        {
            Assert.Same(SpecificationCatalog.Library, c.SpecificationType.Assembly);
            Assert.Equal(SpecificationCatalog.QueriedType(c.SpecificationType), c.EntityType);
        });
    }

    [Fact]
    public void Every_id_type_of_the_library_has_a_converter()
    {
        Assert.Equal(
            new[] { typeof(CadreId), typeof(CaseId), typeof(EnterpriseId), typeof(MemberId), typeof(OrganizationId) }.Select(t => t.FullName),
            IdTypes.All.Select(t => t.FullName).Where(n => new[] { nameof(CadreId), nameof(CaseId), nameof(EnterpriseId), nameof(MemberId), nameof(OrganizationId) }.Any(x => n!.EndsWith("." + x, StringComparison.Ordinal))));
    }

    public static TheoryData<string> CaseNames => [.. SpecificationCatalog.Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Every_case_generates_scenarios_that_select_some_rows_and_leave_out_others(string name)
    {
        var (scenarios, withSelected, withExcluded) = SpecificationCatalog.Cases[name].Coverage(200);

        Assert.True(withSelected >= scenarios / 10, $"{name}: only {withSelected} of {scenarios} scenarios select any row");
        Assert.True(withExcluded >= scenarios / 10, $"{name}: only {withExcluded} of {scenarios} scenarios leave any row out");
    }
}
