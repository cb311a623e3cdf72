using NodaTime;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>
/// Values on which databases and memory are known to order differently unless the mapping and the
/// specification see to it (docs/persistence.md, "Ordering that holds on every database"): text differing
/// only by case, accents, script and punctuation (a culture-aware collation interleaves what ordinal order
/// separates); nulls (PostgreSQL puts them last ascending, SQLite and .NET first); the first and last storable
/// dates; the ends of <see cref="int"/>.
/// </summary>
public static class OrderingEdges
{
    /// <summary>Text in every pair of which ordinal and culture-aware order disagree somewhere.</summary>
    public static readonly string[] Texts =
    [
        "A", "a", "B", "b", "Z", "z", "E", "e", "É", "é", "ä", "Å", "f", "ß", "ss", "ab", "aB", "Ab", "a-b", "a_b", "a b",
        "_", "-", "0", "9", "10", "村1", "村2", "ｚ",
    ];

    /// <summary>One of <see cref="Texts"/>.</summary>
    public static Gen<string> Text { get; } = Gen.Elements(Texts);

    /// <summary>The first and last storable dates, the days next to them, and a few ordinary days.</summary>
    public static Gen<LocalDate> Dates { get; } = Gen.Elements(
        BoundaryDates.First, BoundaryDates.First.PlusDays(1), BoundaryDates.Last.PlusDays(-1), BoundaryDates.Last,
        new LocalDate(2000, 1, 1), new LocalDate(2024, 2, 29));

    /// <summary>Mostly dates from <paramref name="dates"/>, often null.</summary>
    public static Gen<LocalDate?> OrNull(Gen<LocalDate> dates) =>
        Gen.Frequency((2, Gen.Constant<LocalDate?>(null)), (3, dates.Select(d => (LocalDate?)d)));

    /// <summary>The ends of <see cref="int"/> and the values next to zero.</summary>
    public static Gen<int> Ints { get; } = Gen.Elements(int.MinValue, int.MinValue + 1, -1, 0, 1, int.MaxValue - 1, int.MaxValue);

    /// <summary><see langword="true"/> three times in four: most rows are selected, so that their order is what is tested.</summary>
    public static Gen<bool> Mostly { get; } = Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)));
}
