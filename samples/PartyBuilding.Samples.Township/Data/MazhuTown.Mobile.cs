using NodaTime;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>The mobile party members among Mazhu Town's 10,605 migrants, and their contact records.</summary>
internal static partial class MazhuTown
{
    public const int MobilePartyMembers = 236;

    private static List<MobileMemberRecord> MobileMembers(Random random, int villages)
    {
        var members = new List<MobileMemberRecord>(MobilePartyMembers);
        for (var i = 1; i <= MobilePartyMembers; i++)
        {
            var roll = random.Next(100);
            var status = random.Next(10) == 0 ? MembershipStatus.Probationary : MembershipStatus.Full;
            string? area;
            string? introducer = null;
            if (roll < 70)
            {
                area = "WK1";                                  // the Waikou settlement: its migrant branch
            }
            else if (roll < 80)
            {
                area = $"V{random.Next(1, villages + 1):00}";  // scattered, fixed residence in a village
            }
            else if (roll < 83)
            {
                area = $"C{random.Next(1, 4):00}";             // fixed residence in a community
            }
            else if (roll < 88)
            {
                area = "WK2";                                  // a second settlement nobody serves yet
            }
            else
            {
                area = null;                                   // no fixed residence
                var who = random.Next(10);
                introducer = who < 6 ? $"W01-M{random.Next(1, 13):000}" : who < 8 ? $"V0{random.Next(1, 10)}-M001" : who < 9 ? "X-UNKNOWN" : null;
            }

            members.Add(new MobileMemberRecord
            {
                Id = $"MM{i:0000}",
                Status = status,
                ResidenceAreaCode = area,
                IntroducedBy = introducer,
                MonitoredSince = AsOf.PlusMonths(-random.Next(7, 30)),
            });
        }

        return members;
    }

    private static List<ContactRecordData> Contacts(Random random, List<MobileMemberRecord> members)
    {
        var contacts = new List<ContactRecordData>();
        foreach (var member in members)
        {
            // Most members keep in touch monthly; some lapse in reporting, some drift away, a few are lost.
            var profile = random.Next(100);
            var lastMonth = profile < 80 ? 0 : profile < 89 ? 2 : profile < 96 ? 4 : 8;
            var skipsLife = profile is >= 70 and < 73;
            for (var month = 10; month >= lastMonth; month--)
            {
                var day = AsOf.PlusMonths(-month).PlusDays(-random.Next(0, 20));
                if (day < member.MonitoredSince)
                {
                    continue;
                }

                contacts.Add(new ContactRecordData { MemberId = member.Id, Kind = ContactKind.Report, On = day });
                contacts.Add(new ContactRecordData { MemberId = member.Id, Kind = ContactKind.DuesPaid, On = day });
                if (!skipsLife && month % 2 == 0)
                {
                    contacts.Add(new ContactRecordData { MemberId = member.Id, Kind = ContactKind.OrganizationalLife, On = day.PlusDays(3) > AsOf ? day : day.PlusDays(3) });
                }

                if (month % 2 == 1 || month == lastMonth)
                {
                    contacts.Add(new ContactRecordData { MemberId = member.Id, Kind = ContactKind.AssignedWork, On = day });
                }
            }
        }

        return contacts;
    }
}
