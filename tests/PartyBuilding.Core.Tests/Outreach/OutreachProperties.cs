using NodaTime;
using PartyBuilding.Core.Outreach;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Outreach;

/// <summary>Invariants of the outreach assessment over generated households.</summary>
public sealed class OutreachProperties
{
    private static readonly LocalDate Origin = new(2025, 1, 1);
    private static readonly CadreId[] Cadres = [new("c1"), new("c2"), new("c3")];
    private static readonly OutreachAssessor Assessor = new(OutreachPolicy.Default);
    private static readonly OutreachAssessor Trusting = new(new OutreachPolicy { RequireHouseholdConfirmation = false, VisitInEachHalf = false, MinimumVisitsPerYear = 3 });

    private static int Rank(OutreachStanding s) => s switch { OutreachStanding.Overdue => 0, OutreachStanding.InProgress => 1, _ => 2 };

    /// <summary>A draft record: day offset from <see cref="Origin"/>, item (null for a visit), signed.</summary>
    private static readonly Gen<(int Day, OutreachItem? Item, bool Confirmed)> Draft =
        from day in Gen.Choose(0, 900)
        from item in Gen.Elements<OutreachItem?>([null, null, .. Enum.GetValues<OutreachItem>().Select(i => (OutreachItem?)i)])
        from confirmed in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select (day, item, confirmed);

    /// <summary>A valid household: back-to-back pairings (gaps allowed), records by the cadre paired on their day, no repeats, none after as-of.</summary>
    private static readonly Gen<(HouseholdOutreach Household, LocalDate AsOf, (int Day, OutreachItem? Item, bool Confirmed) Extra)> Scenario =
        from first in Gen.Choose(0, 300)
        from lengths in Gen.ListOf(Gen.Choose(1, 400)).Select(l => l.Take(3).ToArray())
        from gaps in Gen.ArrayOf(Gen.Choose(0, 30), 3)
        from cadres in Gen.ArrayOf(Gen.Elements(Cadres), 4)
        from open in Gen.Elements(true, false)
        from drafts in Gen.ListOf(Draft)
        from asOf in Gen.Choose(0, 1000)
        from extra in Draft
        let pairings = Pairings(first, lengths, gaps, cadres, open)
        select (Build(pairings, drafts, Origin.PlusDays(asOf)), Origin.PlusDays(asOf), extra);

    private static Pairing[] Pairings(int first, int[] lengths, int[] gaps, CadreId[] cadres, bool open)
    {
        var id = new HouseholdId("h");
        var list = new List<Pairing>();
        var from = Origin.PlusDays(first);
        for (var i = 0; i <= lengths.Length; i++)
        {
            if (i == lengths.Length)
            {
                list.Add(new Pairing(id, cadres[i], from, open ? null : from.PlusDays(200)));
                break;
            }

            var until = from.PlusDays(lengths[i] - 1);
            list.Add(new Pairing(id, cadres[i], from, until));
            from = until.PlusDays(1 + gaps[i]);
        }

        return [.. list];
    }

    private static OutreachRecord? Place(Pairing[] pairings, (int Day, OutreachItem? Item, bool Confirmed) d, LocalDate asOf)
    {
        var on = Origin.PlusDays(d.Day);
        var pairing = pairings.FirstOrDefault(p => p.Covers(on));
        return pairing is null || on > asOf ? null : new OutreachRecord(pairing.Household, pairing.Cadre, on, d.Item, d.Confirmed);
    }

    private static HouseholdOutreach Build(Pairing[] pairings, IEnumerable<(int, OutreachItem?, bool)> drafts, LocalDate asOf) =>
        new(new HouseholdId("h"), new OrganizationId("v"), pairings,
            [.. drafts.Select(d => Place(pairings, d, asOf)).OfType<OutreachRecord>().DistinctBy(r => (r.Cadre, r.On, r.Item))]);

    [Property(MaxTest = 500)]
    public Property Outreach_completion_never_falls_when_a_record_is_added() =>
        Prop.ForAll(Scenario.ToArbitrary(), s =>
        {
            var record = Place(s.Household.Pairings.ToArray(), s.Extra, s.AsOf);
            if (record is null || s.Household.Records.Any(r => (r.Cadre, r.On, r.Item) == (record.Cadre, record.On, record.Item)))
            {
                return true.ToProperty();
            }

            var more = s.Household with { Records = [.. s.Household.Records, record] };
            return (from assessor in new[] { Assessor, Trusting }
                    from year in new[] { s.AsOf.Year, s.AsOf.Year - 1 }
                    let before = assessor.Assess(s.Household, year, s.AsOf)
                    let after = assessor.Assess(more, year, s.AsOf)
                    select after.Done.Count >= before.Done.Count
                        && before.Done.All(after.Done.Contains)
                        && after.Visits >= before.Visits
                        && after.FirstHalfVisits >= before.FirstHalfVisits
                        && Rank(after.Standing) >= Rank(before.Standing)
                        && (!before.IsComplete || after.IsComplete)
                        && assessor.AssessAll([more], year, s.AsOf).Township.Complete >= assessor.AssessAll([s.Household], year, s.AsOf).Township.Complete)
                .All(ok => ok)
                .Label($"{s.Household} + {record} as of {s.AsOf}");
        });

    [Property(MaxTest = 300)]
    public Property Done_and_missing_partition_the_six_items_and_the_reasons_explain_each_missing_one() =>
        Prop.ForAll(Scenario.ToArbitrary(), s =>
        {
            var a = Assessor.Assess(s.Household, s.AsOf);
            var items = Enum.GetValues<OutreachItem>();
            var missingReasons = a.Reasons.Count(r => r.Code is OutreachReasonCodes.ItemMissing or OutreachReasonCodes.ItemUnconfirmed);
            return (a.Done.Concat(a.Missing).Order().SequenceEqual(items)
                    && missingReasons == a.Missing.Count
                    && (a.IsComplete == a.Reasons.Any(r => r.Code == OutreachReasonCodes.Complete))
                    && (a.Cadre is null) == a.Reasons.Any(r => r.Code == OutreachReasonCodes.NoResponsibleCadre))
                .Label(string.Join(", ", a.Reasons.Select(r => r.Code)));
        });

    [Property(MaxTest = 300)]
    public Property Hostile_input_gives_a_result_or_a_coded_refusal() =>
        Prop.ForAll(
            (from household in Gen.Elements<HouseholdId>(default, new HouseholdId("h"), new HouseholdId("x"))
             from cadre in Gen.Elements<CadreId>([default, .. Cadres])
             from day in Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, Origin, Origin.PlusDays(200))
             from until in Gen.Elements<LocalDate?>(null, LocalDate.MinIsoValue, LocalDate.MaxIsoValue, Origin.PlusDays(100))
             from item in Gen.Elements<OutreachItem?>(null, OutreachItem.Archive, (OutreachItem)77)
             from year in Gen.Elements(int.MinValue, -9998, 2025, 9999, int.MaxValue)
             from asOf in Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, Origin.PlusDays(300))
             select (household, cadre, day, until, item, year, asOf)).ToArbitrary(),
            t =>
            {
                var h = new HouseholdOutreach(new HouseholdId("h"), new OrganizationId("v"),
                    [new Pairing(t.household, t.cadre, t.day, t.until)], [new OutreachRecord(t.household, t.cadre, t.day, t.item, true)]);
                return Boundary.ResultOrCoded(() => Assessor.Assess(h, t.year, t.asOf), t.ToString())
                    .And(Boundary.ResultOrCoded(() => Assessor.AssessAll([h, h], t.asOf), t.ToString()));
            });
}
