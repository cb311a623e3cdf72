using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Outreach;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Assesses a county's households for the "six ones" at a quarter's end: the library's batch (validated input,
/// one assessment with its reasons per household, rates per cadre and village) against the floor (a hand-written
/// loop building assessments equal to the library's, checked in GlobalSetup; the baseline) and the bare loop
/// (the same counting, no objects, no reasons).
/// </summary>
[MemoryDiagnoser]
public class OutreachBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 9, 30);
    private readonly OutreachAssessor assessor = new(OutreachPolicy.Default);
    private HouseholdOutreach[] households = [];

    [Params(1_000_000)]
    public int Households { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        households = [.. Data(new Random(20261202), Households)];
        var report = assessor.AssessAll(households, AsOf);
        for (var i = 0; i < households.Length; i++)
        {
            if (!report.Households[i].Equals(Assess(households[i])))
            {
                throw new InvalidOperationException($"The hand-written floor disagrees with the library on {report.Households[i]}.");
            }
        }
    }

    /// <summary>The bare loop: the same windows and counts per household, a complete count, nothing allocated.</summary>
    [Benchmark]
    public int Bare()
    {
        var complete = 0;
        foreach (var h in households)
        {
            var (done, _, visits, firstHalf, _) = Count(h);
            complete += done == 63 && firstHalf > 0 && visits > firstHalf && visits >= 2 ? 1 : 0;
        }

        return complete;
    }

    /// <summary>The floor: one assessment per household, equal to the library's, and the complete count per cadre and village.</summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        var cadres = new Dictionary<CadreId, (int, int)>();
        var villages = new Dictionary<OrganizationId, (int, int)>();
        var complete = 0;
        var results = new HouseholdAssessment[households.Length];
        for (var i = 0; i < households.Length; i++)
        {
            var a = results[i] = Assess(households[i]);
            var one = a.IsComplete ? 1 : 0;
            complete += one;
            if (a.Cadre is { } cadre)
            {
                var c = cadres.GetValueOrDefault(cadre);
                cadres[cadre] = (c.Item1 + 1, c.Item2 + one);
            }

            var v = villages.GetValueOrDefault(a.Village);
            villages[a.Village] = (v.Item1 + 1, v.Item2 + one);
        }

        return complete + cadres.Count + villages.Count + results.Length;
    }

    /// <summary>The library's batch.</summary>
    [Benchmark]
    public int Library()
    {
        var report = assessor.AssessAll(households, AsOf);
        return report.Township.Complete + report.Cadres.Count + report.Villages.Count + report.Households.Count;
    }

    private static readonly OutreachItem[] Items = Enum.GetValues<OutreachItem>();

    private static (int Done, int Unconfirmed, int Visits, int FirstHalf, Pairing? Responsible) Count(HouseholdOutreach h)
    {
        Pairing? responsible = null;
        foreach (var p in h.Pairings)
        {
            if (p.From <= AsOf && (p.Until is null || p.Until >= AsOf))
            {
                responsible = p;
            }
        }

        int done = 0, unconfirmed = 0, visits = 0, firstHalf = 0;
        foreach (var r in h.Records)
        {
            var from = r.Item is OutreachItem.Archive or OutreachItem.ContactCard ? responsible?.From : new LocalDate(2026, 1, 1);
            if (from is not { } start || r.On < start || r.On > AsOf)
            {
                continue;
            }

            if (r.Item is { } item)
            {
                if (r.ConfirmedByHousehold)
                {
                    done |= 1 << (int)item;
                }
                else
                {
                    unconfirmed |= 1 << (int)item;
                }
            }
            else if (r.ConfirmedByHousehold)
            {
                visits++;
                firstHalf += r.On.Month <= 6 ? 1 : 0;
            }
        }

        return (done, unconfirmed, visits, firstHalf, responsible);
    }

    private static HouseholdAssessment Assess(HouseholdOutreach h)
    {
        var (done, unconfirmed, visits, firstHalf, responsible) = Count(h);
        var reasons = new List<Reason>();
        if (responsible is null)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.NoResponsibleCadre, AsOf));
        }

        var missingList = new List<OutreachItem>(6);
        var doneList = new List<OutreachItem>(6);
        foreach (var item in Items)
        {
            if ((done & (1 << (int)item)) != 0)
            {
                doneList.Add(item);
                continue;
            }

            missingList.Add(item);
            reasons.Add((unconfirmed & (1 << (int)item)) != 0
                ? Reason.Of(OutreachReasonCodes.ItemUnconfirmed, OutreachNames.Of(item))
                : Reason.Of(OutreachReasonCodes.ItemMissing, OutreachNames.Of(item), AsOf));
        }

        // 30 September: the first half has ended, the year has not.
        var noFirst = firstHalf == 0;
        var noSecond = visits == firstHalf;
        if (noFirst)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.NoVisitFirstHalf, 2026, new LocalDate(2026, 6, 30)));
        }

        if (noSecond)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.NoVisitSecondHalf, 2026, new LocalDate(2026, 12, 31)));
        }

        if (visits < 2)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.VisitsShort, visits, 2, 2026));
        }

        if (noFirst)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.HalfYearEnded, 2026, new LocalDate(2026, 6, 30)));
        }

        var complete = missingList.Count == 0 && !noFirst && !noSecond && visits >= 2;
        if (complete)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.Complete, 2026, visits));
        }

        var standing = complete ? OutreachStanding.Complete : noFirst ? OutreachStanding.Overdue : OutreachStanding.InProgress;
        return new HouseholdAssessment(h.Household, h.Village, responsible?.Cadre, 2026, AsOf, doneList, missingList,
            visits, firstHalf, visits - firstHalf, standing, PolicySet.DefaultLabel, reasons);
    }

    /// <summary>
    /// Households in 40 villages, about five to a cadre; one in ten changed cadre on 1 June and one in fifty has
    /// none on the as-of date. Each item is recorded with probability 0.8 (one in ten unsigned), 0 to 3 visits.
    /// </summary>
    internal static IEnumerable<HouseholdOutreach> Data(Random random, int count)
    {
        var yearStart = new LocalDate(2026, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var id = new HouseholdId($"hh-{i:0000000}");
            var village = new OrganizationId($"village-{i % 40:00}");
            var cadre = new CadreId($"cadre-{i / 5:000000}");
            var kind = random.Next(50);
            Pairing[] pairings = kind switch
            {
                0 => [new Pairing(id, cadre, new LocalDate(2025, 1, 1), new LocalDate(2026, 8, 31))],
                < 6 => [new Pairing(id, new CadreId($"cadre-x{i % 997:000}"), new LocalDate(2025, 1, 1), new LocalDate(2026, 5, 31)), new Pairing(id, cadre, new LocalDate(2026, 6, 1))],
                _ => [new Pairing(id, cadre, new LocalDate(2025, 3, 1))],
            };
            var records = new List<OutreachRecord>(9);
            void Add(OutreachItem? item, LocalDate on, bool confirmed)
            {
                foreach (var p in pairings)
                {
                    if (p.Covers(on) && !records.Exists(r => r.Cadre == p.Cadre && r.On == on && r.Item == item))
                    {
                        records.Add(new OutreachRecord(id, p.Cadre, on, item, confirmed));
                    }
                }
            }

            foreach (var item in Items)
            {
                if (random.Next(5) > 0)
                {
                    Add(item, yearStart.PlusDays(random.Next(272)), random.Next(10) > 0);
                }
            }

            for (var v = random.Next(4); v > 0; v--)
            {
                Add(null, yearStart.PlusDays(random.Next(272)), true);
            }

            yield return new HouseholdOutreach(id, village, pairings, records);
        }
    }
}
