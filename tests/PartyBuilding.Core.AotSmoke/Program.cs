using System.Globalization;
using PartyBuilding.Core;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.AotSmoke;

/// <summary>
/// Assesses 7,000 generated enterprises under three scorecards (the default one, a host table with
/// exclusive and beyond-32-bit share bounds and no veto, and a table on a very large scale) — 21,000 in all, gives
/// structure advice for 1,000 units, and prints one digest of all figures and reason codes (and of the
/// zh-CN text of a sample of reasons). The first line says which way the four-haves table ran.
/// </summary>
public static class Program
{
    private const int EnterprisesPerTable = 7_000;

    public static int Main()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var digest = new Digest();
        var tables = new[] { FourHavesPolicy.Default, HostTable(), LargeScaleTable() };
        var assessed = 0;
        var compiled = 0;
        foreach (var table in tables)
        {
            var assessor = new FourHavesAssessor(table);
            compiled += assessor.IsCompiled ? 1 : 0;
            var profiles = Profiles(seed: 20261128);
            for (var i = 0; i < profiles.Length; i++)
            {
                var a = assessor.Assess(profiles[i]);
                digest.Add(a.Seat, a.Action, a.Attraction, a.Supervision, (int)a.UncappedGrade, (int)a.Grade, a.Vetoed ? 1 : 0, a.IsModel ? 1 : 0);
                foreach (var reason in a.Reasons)
                {
                    digest.Add(reason.Code);
                    if (i % 97 == 0)
                    {
                        digest.Add(reason.Message);
                    }
                }

                assessed++;
            }
        }

        var advisor = new StructureAdvisor(StructurePolicy.Default);
        for (var i = 0; i < 1_000; i++)
        {
            var advice = advisor.Advise(i % 130, i % 7);
            digest.Add((int)advice.Form);
            foreach (var reason in advice.Reasons)
            {
                digest.Add(reason.Code);
                digest.Add(reason.Message);
            }
        }

        // What the assessors actually ran, not what the runtime could do: "mixed" fails CI either way.
        Console.WriteLine($"four-haves table compiled: {(compiled == tables.Length ? "yes" : compiled == 0 ? "no" : "mixed")}");
        Console.WriteLine($"enterprises assessed: {assessed}; structure advices: 1000");
        Console.WriteLine($"digest: {digest.Value:x16}");
        return 0;
    }

    /// <summary>The benchmarks' profiles, one in ten pushed to the edge of int, where caps and 64-bit share products matter.</summary>
    private static EnterpriseProfile[] Profiles(int seed)
    {
        var random = new Random(seed);
        var profiles = Benchmarks.FourHavesData.Generate(EnterprisesPerTable, seed);
        for (var i = 0; i < profiles.Length; i += 10)
        {
            profiles[i] = profiles[i] with
            {
                FullMembers = int.MaxValue,
                IdeasCollected = int.MaxValue,
                IdeasAdopted = int.MaxValue / 2,
                ActivitiesHeld = int.MaxValue,
                ViolationsFound = int.MaxValue,
                ViolationsReported = int.MaxValue / 3,
                ViolationsResolved = int.MaxValue - 1,
                SeriousViolationsUnresolved = random.Next(0, 2),
            };
        }

        return profiles;
    }

    /// <summary>A province's table: its own Seat and Action indicators, exclusive and beyond-32-bit share bounds, no veto.</summary>
    private static FourHavesPolicy HostTable() => FourHavesPolicy.Default with
    {
        SeatMaximum = 40,
        ActionMaximum = 10,
        SupervisionMaximum = 25,
        Indicators =
        [
            new FourHavesIndicator("S.DECISIONS", Have.Seat, new FlagRule(EnterpriseFact.TakesPartInDecisions, 30)),
            new FourHavesIndicator("S.IDEAS", Have.Seat, new ShareRule(EnterpriseFact.IdeasAdopted, EnterpriseFact.IdeasCollected,
                [new ShareBand(RatioThreshold.MoreThan(1, 3), 4), new ShareBand(RatioThreshold.AtLeast(2_147_483_659, 4_294_967_311), 10)], 0)),
            new FourHavesIndicator("A.PIONEER", Have.Action, new CountRule(EnterpriseFact.PioneerPosts, 3, 10)),
            .. FourHavesPolicy.Default.Indicators.Where(i => i.Have == Have.Attraction),
            .. FourHavesPolicy.Default.Indicators.Where(i => i.Have == Have.Supervision),
        ],
        TotalMaximum = 100,
        MetThreshold = RatioThreshold.MoreThan(1, 2),
        Vetoes = [],
    };

    /// <summary>A table on a scale of a billion points, graded by search rather than a table of every total.</summary>
    private static FourHavesPolicy LargeScaleTable()
    {
        const int quarter = 250_000_000;
        return FourHavesPolicy.Default with
        {
            SeatMaximum = quarter,
            ActionMaximum = quarter,
            AttractionMaximum = quarter,
            SupervisionMaximum = quarter,
            TotalMaximum = 4 * quarter,
            Indicators =
            [
                new FourHavesIndicator("S", Have.Seat, new CountRule(EnterpriseFact.IdeasCollected, 50_000_000, quarter)),
                new FourHavesIndicator("A", Have.Action, new CountRule(EnterpriseFact.PioneerPosts, quarter / 4, quarter)),
                new FourHavesIndicator("T", Have.Attraction, new FlagRule(EnterpriseFact.UnionEstablished, quarter)),
                new FourHavesIndicator("V", Have.Supervision, new AbsenceRule(EnterpriseFact.SeriousViolationsUnresolved, quarter)),
            ],
            GradeBands =
            [
                new GradeBand(Grade.Poor, 0, 599_999_999),
                new GradeBand(Grade.Fair, 600_000_000, 749_999_999),
                new GradeBand(Grade.Good, 750_000_000, 899_999_999),
                new GradeBand(Grade.Excellent, 900_000_000, 4 * quarter),
            ],
        };
    }

    /// <summary>FNV-1a over figures and text: the same on every run and platform (unlike string hash codes).</summary>
    private sealed class Digest
    {
        public ulong Value { get; private set; } = 14695981039346656037;

        public void Add(params int[] figures)
        {
            foreach (var figure in figures)
            {
                Mix(unchecked((uint)figure));
            }
        }

        public void Add(string text)
        {
            foreach (var c in text)
            {
                Mix(c);
            }

            Mix(0xFFFF_FFFF);
        }

        private void Mix(uint value) => Value = unchecked((Value ^ value) * 1099511628211);
    }
}
