using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PartyBuilding.Core.Petitions;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Petitions: route 1,000,000 intakes (every category, gravity and receiving tier; one in ten with an earlier filing,
/// pending, overdue, answered or final) against the floor (a hand-written router that makes the intake checks inline,
/// reads the default table written out as an array and builds a <see cref="PetitionRouting"/> equal to the library's,
/// reasons included; the baseline) and against the bare loop (the outcome and tier alone, no result object).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PetitionBenchmarks
{
    private const int Intakes = 1_000_000;
    private const int Gravities = 3;

    // The default routing table, by category (enum order) then gravity; -1 marks a diverted category.
    private static readonly int[] Table =
    [
        0, 1, 1, /* NeighbourDispute */ 0, 1, 1, /* VillageAffairs */ 0, 1, 2, /* LandAndHomestead */ 1, 1, 1, /* SocialAssistance */
        0, 1, 2, /* Infrastructure */ 1, 1, 2, /* Environment */ 1, 1, 2, /* CadreConduct */ -1, -1, -1, /* LabourDispute */
        -1, -1, -1, /* CourtMatter */ -1, -1, -1, /* PartyDisciplineAppeal */ -1, -1, -1, /* AdministrativeDecision */ 0, 1, 1, /* Other */
    ];

    private static readonly OtherProcedure[] Diversion =
        [default, default, default, default, default, default, default, OtherProcedure.Arbitration, OtherProcedure.Litigation, OtherProcedure.PartyAppeal, OtherProcedure.AdministrativeProcedure, default];

    private readonly PetitionRouter router = new(PetitionPolicy.Default);
    private PetitionIntake[] intakes = [];

    [GlobalSetup]
    public void Setup()
    {
        intakes = [.. PetitionData.Intakes(Intakes)];
        if (intakes.Take(20_000).Any(i => !HandWritten(i).Equals(router.Route(i))) || Floor() != Library() || Library() != Bare())
        {
            throw new InvalidOperationException("the hand-written routings disagree with the library");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Route")]
    public int Floor()
    {
        var sum = 0;
        foreach (var intake in intakes)
        {
            var routing = HandWritten(intake);
            sum += ((int)routing.Outcome * 10) + (int)routing.Tier;
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("Route")]
    public int Library()
    {
        var sum = 0;
        foreach (var intake in intakes)
        {
            var routing = router.Route(intake);
            sum += ((int)routing.Outcome * 10) + (int)routing.Tier;
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("Route")]
    public int Bare()
    {
        var sum = 0;
        foreach (var i in intakes)
        {
            int outcome, tier;
            if (i.Prior is { } p && (p.Final || (p.AnsweredOn is { } a && a <= i.ReceivedOn) || i.ReceivedOn <= p.AcceptedOn.PlusDays(60 + p.ExtensionDays)))
            {
                (outcome, tier) = (2, (int)p.Tier);
            }
            else
            {
                var t = Table[((int)i.Category * Gravities) + (int)i.Gravity];
                (outcome, tier) = t < 0 ? (1, (int)i.ReceivedAt) : (0, t);
            }

            sum += (outcome * 10) + tier;
        }

        return sum;
    }

    /// <summary>The default policy's routing written out: the routing the library gives, reasons included.</summary>
    private static PetitionRouting HandWritten(PetitionIntake i)
    {
        if (i is null || string.IsNullOrWhiteSpace(i.Id.Value) || string.IsNullOrWhiteSpace(i.Petitioner)
            || i.Category is < MatterCategory.NeighbourDispute or > MatterCategory.Other || i.Gravity is < Gravity.Minor or > Gravity.Grave
            || i.ReceivedAt is < PetitionTier.Village or > PetitionTier.County || i.Representatives < 1 || i.Petitioners < i.Representatives
            || i.Representatives > 5 || (i.MatterKey is not null && string.IsNullOrWhiteSpace(i.MatterKey))
            || (i.Prior is { } bad && (bad.Tier is < PetitionTier.Village or > PetitionTier.County || bad.AcceptedOn > i.ReceivedOn
                || bad.AnsweredOn < bad.AcceptedOn || bad.ExtensionDays is < 0 or > 30 || (bad.Final && bad.AnsweredOn is null))))
        {
            throw new ArgumentException("invalid intake");
        }

        Reason? overdue = null;
        if (i.Prior is { } p)
        {
            if (p.Final)
            {
                return new(i.Id, RoutingOutcome.Refused, p.Tier, null, null, "default", [Reason.Of(PetitionReasonCodes.PriorFinal, PetitionName.Of(p.Tier), p.AnsweredOn)]);
            }

            if (p.AnsweredOn is { } answered && answered <= i.ReceivedOn)
            {
                return new(i.Id, RoutingOutcome.Refused, p.Tier, null, null, "default", [Reason.Of(PetitionReasonCodes.PriorAnswered, PetitionName.Of(p.Tier), answered)]);
            }

            var limit = p.AcceptedOn.PlusDays(60 + p.ExtensionDays);
            if (i.ReceivedOn <= limit)
            {
                return new(i.Id, RoutingOutcome.Refused, p.Tier, null, null, "default", [Reason.Of(PetitionReasonCodes.PendingElsewhere, PetitionName.Of(p.Tier), limit)]);
            }

            overdue = Reason.Of(PetitionReasonCodes.PriorOverdue, PetitionName.Of(p.Tier), limit);
        }

        var t = Table[((int)i.Category * Gravities) + (int)i.Gravity];
        if (t < 0)
        {
            var procedure = Diversion[(int)i.Category];
            var diverted = Reason.Of(PetitionReasonCodes.Diverted, PetitionName.Of(i.Category), PetitionName.Of(procedure));
            return new(i.Id, RoutingOutcome.Diverted, i.ReceivedAt, null, procedure, "default", overdue is null ? [diverted] : [diverted, overdue]);
        }

        var tier = (PetitionTier)t;
        var reasons = new List<Reason>(4)
        {
            Reason.Of(PetitionReasonCodes.HandledAt, PetitionName.Of(i.Category), PetitionName.Of(i.Gravity), PetitionName.Of(tier), "default"),
            i.ReceivedAt == tier ? Reason.Of(PetitionReasonCodes.HandledWhereReceived, PetitionName.Of(tier))
                : Reason.Of(i.ReceivedAt < tier ? PetitionReasonCodes.TransferredUp : PetitionReasonCodes.AssignedDown, PetitionName.Of(i.ReceivedAt), PetitionName.Of(tier)),
        };
        PetitionTier? reportTo = null;
        if (i.Gravity == Gravity.Grave)
        {
            reportTo = tier + 1;
            reasons.Add(Reason.Of(PetitionReasonCodes.ReportAbove, PetitionName.Of(tier + 1)));
        }

        if (overdue is not null)
        {
            reasons.Add(overdue);
        }

        return new(i.Id, RoutingOutcome.Handled, tier, reportTo, null, "default", [.. reasons]);
    }
}

/// <summary>The intakes of the petition benchmark, made as they are read.</summary>
internal static class PetitionData
{
    /// <summary><paramref name="n"/> intakes over a quarter across Mazhu Town's tiers; one in ten names an earlier filing.</summary>
    public static IEnumerable<PetitionIntake> Intakes(int n)
    {
        var random = new Random(20261202);
        var start = new LocalDate(2026, 4, 1);
        var categories = Enum.GetValues<MatterCategory>();
        for (var i = 0; i < n; i++)
        {
            var on = start.PlusDays(random.Next(0, 91));
            PriorFiling? prior = null;
            if (random.Next(0, 10) == 0)
            {
                var accepted = on.PlusDays(-random.Next(0, 120));
                prior = (random.Next(0, 4)) switch
                {
                    0 => new PriorFiling(PetitionTier.Village, accepted) { ExtensionDays = random.Next(0, 31) },
                    1 => new PriorFiling(PetitionTier.Township, accepted),
                    2 => new PriorFiling(PetitionTier.Village, accepted) { AnsweredOn = accepted.PlusDays(random.Next(0, 60)) },
                    _ => new PriorFiling(PetitionTier.County, accepted) { AnsweredOn = accepted, Final = true },
                };
            }

            var representatives = random.Next(1, 6);
            yield return new PetitionIntake(
                new PetitionId("MZ-" + i), "petitioner-" + (i % 5000), categories[random.Next(categories.Length)], (Gravity)random.Next(0, 3),
                (PetitionTier)random.Next(0, 3), on)
            {
                Representatives = representatives,
                Petitioners = representatives + random.Next(0, 20),
                Prior = prior,
            };
        }
    }
}
