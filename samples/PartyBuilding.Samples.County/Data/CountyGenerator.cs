using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Samples.County.Rules;

namespace PartyBuilding.Samples.County.Data;

/// <summary>
/// A county from a fixed seed: at scale 1, 30 townships, 300,000 party members in about 10,000 branches,
/// 30,000 mobile members with a year of contact records, 3,000 non-public enterprises, 1,800 complaints over
/// 2026 in every state, and one democratic evaluation round of village cadres per township. The same seed
/// and scale give the same county, line for line.
/// </summary>
internal sealed class CountyGenerator(int seed, double scale, CaseReplay replay)
{
    public static readonly LocalDate AsOf = new(2026, 12, 31);

    private const int FullTownships = 30;
    private const int FullMembers = 300_000;
    private const int FullMobile = 30_000;
    private const int FullEnterprises = 3_000;
    private const int FullCases = 1_800;

    /// <summary>The fingerprint of this county, so that a rerun resumes only the same one.</summary>
    public string Fingerprint => $"generated seed={seed} scale={scale.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public IEnumerable<CountyLine> Generate()
    {
        var random = new Random(seed);
        var townships = Math.Max(1, (int)Math.Round(FullTownships * scale));
        int Share(int full) => Math.Max(1, (int)Math.Round(full * scale / townships));

        var organizations = new List<CountyLine>();
        var members = new List<CountyLine>();
        var enterprises = new List<CountyLine>();
        var cases = new List<CountyLine>();
        var rounds = new List<CountyLine>();
        for (var t = 1; t <= townships; t++)
        {
            var township = $"T{t:00}";
            var villages = Organizations(random, township, Share(FullMembers), organizations);
            members.AddRange(MobileMembers(random, township, villages, Share(FullMobile)));
            enterprises.AddRange(Enterprises(random, township, villages, Share(FullEnterprises)));
            var cadres = Math.Min(60, villages * 2);
            cases.AddRange(Cases(random, township, villages, cadres, Share(FullCases)));
            rounds.Add(Round(random, township, cadres, belowQuorum: t % 11 == 7));
        }

        return [new CountyHeader { Name = "Qingshan County", AsOf = AsOf }, .. organizations, .. members, .. enterprises, .. cases, .. rounds];
    }

    private static LocalDate Day(Random random, LocalDate from, LocalDate to) => from.PlusDays(random.Next(0, Period.Between(from, to, PeriodUnits.Days).Days + 1));

    /// <summary>The township committee, village general branches with their branches, migrant, community and agency branches; returns the village count.</summary>
    private static int Organizations(Random random, string township, int members, List<CountyLine> lines)
    {
        var own = new List<OrganizationLine>();
        var budget = members;
        OrganizationLine Branch(string id, OrganizationKind kind, string? area, string parent, int full, int probationary, List<string>? memberIds = null) => new()
        {
            Id = id,
            Name = $"{id} {kind} branch",
            Level = OrganizationLevel.Branch,
            Kind = kind,
            AreaCode = area,
            ParentId = parent,
            FullMembers = full,
            ProbationaryMembers = probationary,
            // Most branches of seven or more full members have elected a committee; some have not yet.
            HasBranchCommittee = full >= 7 ? random.Next(100) < 97 : random.Next(100) < 3,
            TermStartedOn = Day(random, new LocalDate(2022, 9, 1), new LocalDate(2026, 6, 30)),
            MemberIds = memberIds ?? [],
        };

        int Size() => random.Next(100) < 4 ? random.Next(1, 3) : random.Next(100) < 6 ? random.Next(51, 60) : random.Next(8, 45);

        for (var w = 1; w <= 2; w++)
        {
            var full = random.Next(10, 25);
            var id = $"{township}-W{w}";
            own.Add(Branch(id, OrganizationKind.Migrant, $"{township}-WK{w}", township, full, random.Next(0, 3), [.. Enumerable.Range(1, full).Select(m => $"{id}-M{m:000}")]));
        }

        for (var c = 1; c <= 3; c++)
        {
            own.Add(Branch($"{township}-C{c}", OrganizationKind.Community, $"{township}-C{c}", township, Size(), random.Next(0, 3)));
        }

        own.Add(Branch($"{township}-A1", OrganizationKind.Agency, null, township, Size(), random.Next(0, 2)));
        budget -= own.Sum(o => o.FullMembers + o.ProbationaryMembers);

        var villages = 0;
        while (budget > 0)
        {
            villages++;
            var village = $"{township}-V{villages:00}";
            var branches = new List<OrganizationLine>();
            for (var b = 1; b <= random.Next(2, 7) && budget > 0; b++)
            {
                var full = Math.Min(Size(), budget);
                var probationary = Math.Min(random.Next(0, 3), budget - full);
                branches.Add(Branch($"{village}-B{b}", OrganizationKind.Village, null, village, full, probationary));
                budget -= full + probationary;
            }

            own.Add(new OrganizationLine
            {
                Id = village,
                Name = $"{village} village general branch",
                Level = OrganizationLevel.GeneralBranch,
                Kind = OrganizationKind.Village,
                AreaCode = village,
                ParentId = township,
                FullMembers = branches.Sum(b => b.FullMembers),
                ProbationaryMembers = branches.Sum(b => b.ProbationaryMembers),
                TermStartedOn = Day(random, new LocalDate(2021, 6, 1), new LocalDate(2026, 6, 30)),
            });
            own.AddRange(branches);
        }

        lines.Add(new OrganizationLine
        {
            Id = township,
            Name = $"{township} township committee",
            Level = OrganizationLevel.Committee,
            Kind = OrganizationKind.Township,
            AreaCode = township,
            FullMembers = own.Where(o => o.Level == OrganizationLevel.Branch).Sum(o => o.FullMembers),
            ProbationaryMembers = own.Where(o => o.Level == OrganizationLevel.Branch).Sum(o => o.ProbationaryMembers),
            HasBranchCommittee = false,
            TermStartedOn = Day(random, new LocalDate(2021, 6, 1), new LocalDate(2024, 6, 30)),
        });
        lines.AddRange(own);
        return Math.Max(1, villages);
    }

    private static IEnumerable<CountyLine> MobileMembers(Random random, string township, int villages, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var roll = random.Next(100);
            string? area = roll switch
            {
                < 55 => $"{township}-WK1",
                < 65 => $"{township}-WK2",
                < 80 => $"{township}-V{random.Next(1, villages + 1):00}",
                < 85 => $"{township}-X9",                // a settlement no organization serves
                _ => null,                               // no fixed residence
            };
            var introducer = area is null && random.Next(10) < 6 ? $"{township}-W1-M{random.Next(1, 11):000}" : null;
            var since = AsOf.PlusMonths(-random.Next(7, 30));

            // Most keep in touch monthly; some lapse in reporting, some drift away, a few are lost.
            var profile = random.Next(100);
            var lastMonth = profile < 78 ? 0 : profile < 88 ? 2 : profile < 95 ? 5 : 9;
            var skipsLife = profile is >= 70 and < 74;
            var contacts = new List<ContactLine>();
            for (var month = 11; month >= lastMonth; month--)
            {
                var day = AsOf.PlusMonths(-month).PlusDays(-random.Next(0, 20));
                if (day < since)
                {
                    continue;
                }

                contacts.Add(new ContactLine { Kind = ContactKind.Report, On = day });
                contacts.Add(new ContactLine { Kind = ContactKind.DuesPaid, On = day });
                if (!skipsLife && month % 2 == 0)
                {
                    contacts.Add(new ContactLine { Kind = ContactKind.OrganizationalLife, On = day });
                }

                if (month % 2 == 1 || month == lastMonth)
                {
                    contacts.Add(new ContactLine { Kind = ContactKind.AssignedWork, On = day });
                }
            }

            yield return new MobileMemberLine
            {
                Id = $"{township}-MM{i:00000}",
                Status = random.Next(10) == 0 ? MembershipStatus.Probationary : MembershipStatus.Full,
                ResidenceAreaCode = area,
                IntroducedBy = introducer,
                MonitoredSince = since,
                Contacts = contacts,
            };
        }
    }

    private static IEnumerable<CountyLine> Enterprises(Random random, string township, int villages, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            // Tiers: model (strong on all four), solid, weak, and enterprises with no party member yet.
            var tierRoll = random.Next(100);
            var tier = tierRoll < 10 ? 0 : tierRoll < 45 ? 1 : tierRoll < 80 ? 2 : 3;
            var full = tier switch { 0 => random.Next(8, 30), 1 => random.Next(3, 12), 2 => random.Next(1, 3), _ => 0 };
            var strong = tier switch { 0 => 1.0, 1 => 0.7, 2 => 0.35, _ => 0.1 };
            bool Chance(double p) => random.NextDouble() < (p * strong) + (tier == 0 ? 0 : 0.05);
            int Upto(int max) => (int)Math.Round(random.Next(0, max + 1) * strong);
            var young = random.Next(10, 80);
            var found = tier >= 2 ? random.Next(0, 4) : random.Next(0, 2);
            var resolved = found == 0 ? 0 : random.Next(0, found + 1);
            var areas = ComplianceArea.None;
            foreach (var area in (ComplianceArea[])[ComplianceArea.Tax, ComplianceArea.Employment, ComplianceArea.SocialSecurity, ComplianceArea.EnvironmentalProtection, ComplianceArea.ProductQuality])
            {
                if (Chance(0.9))
                {
                    areas |= area;
                }
            }

            var ideas = Upto(20);
            var inManagement = Math.Min(full, Upto(6));
            yield return new EnterpriseLine
            {
                Profile = new EnterpriseProfile
                {
                    Id = new EnterpriseId($"{township}-E{i:0000}"),
                    AreaCode = random.Next(50) == 0 ? null : $"{township}-V{random.Next(1, villages + 1):00}",
                    Operating = random.Next(40) != 0,
                    FullMembers = full,
                    ProbationaryMembers = random.Next(0, 2),
                    InstructorAssigned = tier == 3 && random.Next(2) == 0,
                    TakesPartInDecisions = full > 0 && Chance(0.9),
                    BranchLedByManagement = inManagement > 0 && Chance(0.8),
                    MembersInManagement = inManagement,
                    IdeasCollected = ideas,
                    IdeasAdopted = Math.Min(ideas, Upto(8)),
                    MembersInKeyPosts = Math.Min(full, Upto(10)),
                    TechnicalAchievements = Upto(5),
                    PioneerPosts = full > 0 ? Upto(4) : 0,
                    UnionEstablished = Chance(0.95),
                    LeagueEstablished = Chance(0.8),
                    ActivitiesHeld = Upto(12),
                    LeagueMembersAndYoungWorkers = young,
                    MembershipApplicants = Math.Min(young, Upto(8)),
                    ComplianceChecks = areas,
                    ViolationsFound = found,
                    ViolationsReported = found == 0 ? 0 : random.Next(0, found + 1),
                    ViolationsResolved = resolved,
                    SeriousViolationsUnresolved = resolved < found && random.Next(8) == 0 ? 1 : 0,
                },
            };
        }
    }

    private IEnumerable<CountyLine> Cases(Random random, string township, int villages, int cadres, int count)
    {
        var received = Enumerable.Range(0, count).Select(_ => Day(random, new LocalDate(2026, 1, 2), new LocalDate(2026, 12, 28))).Order().ToList();
        var substantiated = new Dictionary<string, List<LocalDate>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            // A few cadres draw many complaints, so that some subjects repeat within the look-back.
            var organization = random.Next(10) == 0;
            var subject = organization
                ? $"{township}-V{random.Next(1, villages + 1):00}"
                : $"{township}-C{(random.Next(4) == 0 ? random.Next(1, 4) : random.Next(1, cadres + 1)):000}";
            var on = received[i];
            var prior = substantiated.TryGetValue(subject, out var dates) ? dates.Where(d => d < on).ToList() : [];
            var line = new CaseLine
            {
                Id = $"{township}-2026-{i + 1:0000}",
                Subject = subject,
                SubjectIsOrganization = organization,
                Summary = organization ? "Village affairs not disclosed" : "Complaint of inaction from villagers",
                ReceivedOn = on,
                PriorSubstantiatedOn = prior,
                Steps = [],
            };

            var steps = Steps(random, on);
            line = line with { Steps = steps };
            var sanctioned = steps.FindIndex(s => s.Kind == CaseStepKind.Sanction);
            if (sanctioned >= 0)
            {
                // What follows a sanction depends on the decision: replay to know whether disclosure is due.
                var sanctionOn = steps[sanctioned].On;
                var standing = replay.Replay(line, AsOf);
                var next = sanctionOn.PlusDays(random.Next(1, 6));
                if (standing.RequiresDisclosure && random.Next(10) < 6 && next <= AsOf)
                {
                    steps.Add(new CaseStepLine { Kind = CaseStepKind.Disclose, On = next });
                    next = next.PlusDays(random.Next(1, 4));
                    if (next <= AsOf)
                    {
                        steps.Add(new CaseStepLine { Kind = CaseStepKind.Close, On = next });
                    }
                }
                else if (!standing.RequiresDisclosure && random.Next(10) < 7 && next <= AsOf)
                {
                    steps.Add(new CaseStepLine { Kind = CaseStepKind.Close, On = next });
                }

                if (random.Next(2) == 0)
                {
                    var deadline = sanctionOn.PlusDays(random.Next(30, 61));
                    var met = random.Next(10) < 6 ? deadline.PlusDays(-random.Next(0, 20)) : random.Next(3) == 0 ? deadline.PlusDays(random.Next(1, 20)) : (LocalDate?)null;
                    line = line with
                    {
                        Order = new OrderLine
                        {
                            Id = $"{line.Id}-R1",
                            IssuedOn = sanctionOn,
                            Deadline = deadline,
                            Requirement = "Rectify and report in writing",
                            MetOn = met is { } m && m <= AsOf && m >= sanctionOn ? m : null,
                        },
                    };
                }
            }

            if (steps.FirstOrDefault(s => s.Kind == CaseStepKind.Conclude) is { Substantiated: true } finding)
            {
                if (!substantiated.TryGetValue(subject, out var list))
                {
                    substantiated[subject] = list = [];
                }

                list.Add(finding.On);
            }

            yield return line;
        }
    }

    /// <summary>The steps of one case up to the county's date: received only, investigating, concluded either way, sanctioned.</summary>
    private static List<CaseStepLine> Steps(Random random, LocalDate received)
    {
        var steps = new List<CaseStepLine>();
        bool Add(CaseStepLine step)
        {
            if (step.On > AsOf)
            {
                return false;
            }

            steps.Add(step);
            return true;
        }

        var profile = random.Next(100);
        if (profile < 6)
        {
            return steps;                                                   // received, not yet registered
        }

        // Mostly registered in time; a few after the registration deadline has passed.
        var start = received.PlusDays(random.Next(20) == 0 ? random.Next(16, 25) : random.Next(1, 13));
        if (!Add(new CaseStepLine { Kind = CaseStepKind.StartInvestigation, On = start }))
        {
            return steps;
        }

        var conclude = start.PlusDays(random.Next(10, 58));
        if (profile < 18)
        {
            if (random.Next(3) == 0)
            {
                Add(new CaseStepLine { Kind = CaseStepKind.Extend, On = start.PlusDays(random.Next(20, 55)), Days = 20, Reason = "records held by the county archive" });
            }

            return steps;                                                   // still under investigation
        }

        var found = profile >= 38;
        if (!Add(found
            ? new CaseStepLine { Kind = CaseStepKind.Conclude, On = conclude, Substantiated = true, Misconduct = (MisconductKind)random.Next(0, 3), Impact = (Impact)random.Next(0, 3) }
            : new CaseStepLine { Kind = CaseStepKind.Conclude, On = conclude, Reason = "the complaint was not borne out" }))
        {
            return steps;
        }

        if (!found)
        {
            Add(new CaseStepLine { Kind = CaseStepKind.Close, On = conclude.PlusDays(random.Next(1, 6)) });
            return steps;
        }

        if (profile < 55)
        {
            return steps;                                                   // substantiated, awaiting the sanction decision
        }

        Add(new CaseStepLine { Kind = CaseStepKind.Sanction, On = conclude.PlusDays(random.Next(1, 11)) });
        return steps;
    }

    private static RoundLine Round(Random random, string township, int cadres, bool belowQuorum)
    {
        var candidates = Enumerable.Range(1, cadres).Select(c => $"{township}-C{c:000}").ToList();
        RaterGroupLine Group(string name, string weight, string prefix, int voters) => new()
        {
            Name = name,
            Weight = weight,
            Voters = [.. Enumerable.Range(1, voters).Select(v => $"{township}-{prefix}{v:000}")],
        };

        List<RaterGroupLine> groups = [Group("Party members", "1/2", "PM", 60), Group("Villager representatives", "3/10", "VR", 30), Group("Township cadres", "1/5", "TC", 5)];

        // How the masses see each cadre: the chance of each rating, Excellent → Incompetent.
        var profiles = candidates.ToDictionary(c => c, _ => random.Next(100) switch
        {
            < 4 => new[] { 0.05, 0.15, 0.20, 0.60 },    // mostly incompetent: adjust
            < 10 => [0.10, 0.30, 0.22, 0.38],           // more than a third incompetent: warning talk
            < 14 => [0.10, 0.40, 0.35, 0.15],           // low recognition: warning talk
            _ => [0.45, 0.40, 0.10, 0.05],
        });
        var ballots = new List<BallotLine>();
        foreach (var voter in groups.SelectMany(g => g.Voters))
        {
            if (random.Next(100) < (belowQuorum ? 40 : 6))
            {
                continue;                                                   // did not vote
            }

            var ratings = new Dictionary<string, Rating>(StringComparer.Ordinal);
            foreach (var candidate in candidates)
            {
                if (random.Next(100) < 3)
                {
                    continue;                                               // left unrated: an abstention
                }

                var p = profiles[candidate];
                var roll = random.NextDouble();
                ratings[candidate] = roll < p[0] ? Rating.Excellent : roll < p[0] + p[1] ? Rating.Competent : roll < 1 - p[3] ? Rating.BasicallyCompetent : Rating.Incompetent;
            }

            ballots.Add(new BallotLine { Voter = voter, Ratings = ratings });
        }

        return new RoundLine
        {
            Round = $"{township}-2026",
            OpensOn = new LocalDate(2026, 12, 7),
            ClosesOn = new LocalDate(2026, 12, 11),
            Candidates = candidates,
            Groups = groups,
            RatedIncompetentInPreviousRound = [.. candidates.Where(c => profiles[c][3] >= 0.6 && random.Next(2) == 0)],
            Ballots = ballots,
        };
    }
}
