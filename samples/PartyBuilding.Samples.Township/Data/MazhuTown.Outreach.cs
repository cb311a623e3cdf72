using NodaTime;
using PartyBuilding.Core.Outreach;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>
/// "Hundreds of cadres connect thousands of households" in miniature: 30 township and village cadres, each
/// paired with households in the twelve villages, and their records of the six ones since January.
/// </summary>
internal static partial class MazhuTown
{
    private static List<HouseholdRecord> Households()
    {
        // Its own generator, so that the other sections' data stay as they were.
        var random = new Random(Seed + 6);
        var households = new List<HouseholdRecord>();
        var items = Enum.GetValues<OutreachItem>();
        var yearStart = new LocalDate(2026, 1, 1);
        for (var n = 0; n < 118; n++)
        {
            var village = $"V{(n % 12) + 1:00}";
            // Cadres 1–29 keep four households each (cadre 29 a fifth); cadre 30 has just been paired with one (below the minimum).
            var cadre = n switch { < 116 => $"cadre-{(n / 4) + 1:00}", 116 => "cadre-30", _ => "cadre-29" };
            var id = $"HH-{village}-{(n / 12) + 1:00}";
            List<PairingRecord> pairings = n switch
            {
                // A cadre transferred on 31 October with no successor yet.
                7 or 50 => [new() { Cadre = cadre, From = new LocalDate(2025, 3, 1), Until = new LocalDate(2026, 10, 31) }],
                // Three households handed to another cadre on 1 June: the new cadre makes a new archive and card.
                13 or 61 or 90 => [new() { Cadre = "cadre-29", From = new LocalDate(2025, 3, 1), Until = new LocalDate(2026, 5, 31) }, new() { Cadre = cadre, From = new LocalDate(2026, 6, 1) }],
                116 or 117 => [new() { Cadre = cadre, From = new LocalDate(2026, 9, 1) }],
                _ => [new() { Cadre = cadre, From = new LocalDate(2025, 3, 1) }],
            };

            var records = new List<OutreachEntry>();
            void Add(OutreachItem? item, LocalDate on, bool confirmed)
            {
                var pairing = pairings.FirstOrDefault(p => p.From <= on && (p.Until is null || on <= p.Until));
                if (pairing is not null && !records.Exists(r => r.Cadre == pairing.Cadre && r.On == on && r.Item == item))
                {
                    records.Add(new() { Cadre = pairing.Cadre, On = on, Item = item, Confirmed = confirmed });
                }
            }

            var diligent = random.Next(10) < 6;
            foreach (var item in items)
            {
                if (diligent || random.Next(10) < 7)
                {
                    // The archive and the card are made when a pairing starts; the other four during the year.
                    var pairing = pairings[^1];
                    var on = item is OutreachItem.Archive or OutreachItem.ContactCard
                        ? pairing.From.PlusDays(random.Next(30))
                        : yearStart.PlusDays(random.Next(320));
                    Add(item, on, random.Next(12) > 0);
                }
            }

            if (diligent || random.Next(10) < 8)
            {
                Add(null, yearStart.PlusDays(random.Next(181)), true);
            }

            if (diligent || random.Next(10) < 7)
            {
                Add(null, new LocalDate(2026, 7, 1).PlusDays(random.Next(140)), random.Next(15) > 0);
            }

            households.Add(new HouseholdRecord { Id = id, Village = village, Pairings = pairings, Records = records });
        }

        return households;
    }
}
