using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests;

/// <summary>The SQLite half: each case, the specification in memory and through EF Core + SQLite gives the same rows in the same order.</summary>
public sealed class SpecificationPersistenceTests
{
    /// <summary>Scenarios per case; each stores up to a few dozen rows.</summary>
    internal const int ScenariosPerCase = 150;

    public static TheoryData<string> CaseNames => [.. SpecificationCatalog.Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_specification_gives_the_same_rows_in_the_same_order_in_memory_and_through_SQLite(string name)
    {
        using var database = new SqliteDatabase();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(ScenariosPerCase), SpecificationCatalog.Cases[name].Property(database));
    }
}
