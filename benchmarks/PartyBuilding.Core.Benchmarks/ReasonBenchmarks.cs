using System.Globalization;
using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// What one reason costs when it is written at decision time, as every batch rule writes them: the record alone
/// (baseline), <see cref="Reason.Of"/> without arguments, <see cref="Reason.Of"/> with a localized name and three
/// figures (the four-haves "have not met" reason), and the same text formatted from a template and name looked up
/// once (what a template cache would save).
/// </summary>
[MemoryDiagnoser]
public class ReasonBenchmarks
{
    private static readonly CultureInfo Culture = CultureInfo.CurrentUICulture;
    private static readonly string Template = MessageCatalog.Get(FourHavesReasonCodes.HaveNotMet, Culture);
    private static readonly string SeatName = FourHavesNames.Of(Have.Seat).ToString();
    private static readonly string Message = MessageCatalog.Get(AffiliationReasonCodes.AttributedByResidence, Culture);

    [Benchmark(Baseline = true)]
    public Reason RecordAlone() => new(AffiliationReasonCodes.AttributedByResidence, Message);

    [Benchmark]
    public Reason NoArguments() => Reason.Of(AffiliationReasonCodes.AttributedByResidence);

    [Benchmark]
    public Reason NameAndThreeFigures() => Reason.Of(FourHavesReasonCodes.HaveNotMet, FourHavesNames.Of(Have.Seat), 10, 25, 15);

    [Benchmark]
    public Reason CachedTemplate() => new(FourHavesReasonCodes.HaveNotMet, string.Format(Culture, Template, SeatName, 10, 25, 15));
}
