using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>
/// Random scorecards a province could publish: well formed, and in half of them some facts are read both for
/// the enterprise and against it (which the validator refuses); and profiles that reach their edges.
/// </summary>
public static class FourHavesPolicies
{
    private static readonly EnterpriseFact[] Facts = Enum.GetValues<EnterpriseFact>();
    private static readonly Grade[] Grades = Enum.GetValues<Grade>();

    /// <summary>Facts a province names itself, which random tables read now and then and random profiles give now and then.</summary>
    private static readonly FactKey[] ProvinceFacts = [new("BranchMeetingsHeld"), new("VolunteerServiceEvents"), new("列席会议次数")];

    /// <summary>A prime above 2^32, so that a threshold over it does not reduce into 32-bit figures.</summary>
    private const long LargePrime = 4_294_967_311;

    /// <summary>Policies of every shape: 1–4 indicators of any kind per have (some caps in the hundreds of thousands), 1–3 share bands (inclusive or not, some with bounds at or beyond 32 bits), any met threshold, any cuts between grades (now and then a grade split into two keyed levels, the bands in any order), 0–2 veto items (at or above 1–3, or on zero; over built-in or province-named facts), and now and then an indicator over a fact the province names itself.</summary>
    public static FourHavesPolicy RandomPolicy(Random r)
    {
        // Half the tables keep the facts read against the enterprise (absences, wholes of shares) apart from
        // those read for it; the other half read any fact either way.
        var against = Facts.Where(_ => r.Next(0, 4) == 0).ToHashSet();
        against.Remove(Facts[r.Next(Facts.Length)]);
        var apart = r.Next(0, 2) == 0 && against.Count > 0;
        EnterpriseFact[] forFacts = apart ? [.. Facts.Where(f => !against.Contains(f))] : Facts;
        EnterpriseFact[] againstFacts = apart ? [.. against] : Facts;
        var signatures = new HashSet<(Have, Type, FactKey, FactKey)>();
        var indicators = new List<FourHavesIndicator>();
        var maxima = new int[4];
        foreach (var have in Enum.GetValues<Have>())
        {
            var wanted = r.Next(1, 5);
            while (indicators.Count(i => i.Have == have) < wanted)
            {
                // Now and then a fact the province names itself, always scored for the enterprise and once only.
                var unused = ProvinceFacts.Where(f => !indicators.Any(i => i.Rule.Reads.First == f)).ToArray();
                var rule = r.Next(0, 6) == 0 && unused.Length > 0
                    ? (r.Next(0, 2) == 0 ? new FlagRule(unused[0], r.Next(1, 6)) : new CountRule(unused[0], 1, r.Next(1, 6)))
                    : RandomRule(r, forFacts, againstFacts);
                var (part, whole) = rule switch
                {
                    ShareRule s => (s.Part, s.Whole),
                    FlagRule f => (f.Fact, f.Fact),
                    CountRule c => (c.Fact, c.Fact),
                    AbsenceRule a => (a.Fact, a.Fact),
                    _ => throw new InvalidOperationException(),
                };
                if (signatures.Add((have, rule.GetType(), part, whole)))
                {
                    indicators.Add(new FourHavesIndicator($"{have}.{indicators.Count}", have, rule));
                    maxima[(int)have] += rule.MaxPoints;
                }
            }
        }

        var total = maxima.Sum();
        var distinctCuts = new HashSet<int>();
        while (distinctCuts.Count < Grades.Length - 1)
        {
            distinctCuts.Add(r.Next(1, total + 1));
        }

        var cuts = distinctCuts.Order().ToArray();
        var bands = new GradeBand[Grades.Length];
        for (var g = 0; g < Grades.Length; g++)
        {
            var minimum = g == 0 ? 0 : cuts[g - 1];
            var maximum = g == Grades.Length - 1 ? total : cuts[g] - 1;
            bands[g] = new GradeBand(Grades[g], minimum, maximum);
        }

        // Now and then a grade split into levels of its own (every band then keyed), and the bands in any order.
        IEnumerable<GradeBand> listed = bands;
        var split = Array.FindIndex(bands, b => b.MaximumTotal > b.MinimumTotal);
        if (split >= 0 && r.Next(0, 2) == 0)
        {
            var b = bands[split];
            var cut = r.Next(b.MinimumTotal + 1, b.MaximumTotal + 1);
            listed = bands.Take(split).Append(b with { MaximumTotal = cut - 1 }).Append(b with { MinimumTotal = cut }).Concat(bands.Skip(split + 1))
                .Select((band, i) => band with { Key = "LEVEL." + i, NameEn = r.Next(0, 2) == 0 ? "Level " + i : null, NameZhCn = r.Next(0, 2) == 0 ? i + "级" : null });
        }

        if (r.Next(0, 2) == 0)
        {
            listed = listed.OrderBy(_ => r.Next()).ToArray();
        }

        var vetoes = Facts.Select(f => (FactKey)f).Concat(ProvinceFacts).OrderBy(_ => r.Next()).Take(r.Next(0, 3))
            .Select((fact, i) => RandomVeto(r, "VETO." + i, fact))
            .ToArray();
        var metDenominator = r.Next(1, 9);
        var metNumerator = r.Next(1, metDenominator + 1);
        return FourHavesPolicy.Default with
        {
            Indicators = [.. indicators],
            SeatMaximum = maxima[0],
            ActionMaximum = maxima[1],
            AttractionMaximum = maxima[2],
            SupervisionMaximum = maxima[3],
            TotalMaximum = total,
            MetThreshold = metNumerator < metDenominator && r.Next(0, 2) == 0
                ? RatioThreshold.MoreThan(metNumerator, metDenominator)
                : RatioThreshold.AtLeast(metNumerator, metDenominator),
            GradeBands = [.. listed],
            Vetoes = vetoes,
            ModelMinimumGrade = Grades[r.Next(Grades.Length)],
        };
    }

    /// <summary>A valid profile, sometimes with counts near <see cref="int.MaxValue"/> so that caps and 64-bit share products are reached.</summary>
    public static EnterpriseProfile RandomProfile(Random r, string id)
    {
        var profile = FourHavesArbitraries.RandomValid(r, id);

        // Some of the province's facts, some left out (a table that reads them counts them as 0).
        profile = profile with { ExtraFacts = ProvinceFacts.Where(_ => r.Next(0, 3) != 0).ToDictionary(f => f.Name, _ => r.Next(0, 4)) };
        if (r.Next(0, 4) != 0)
        {
            return profile;
        }

        var huge = int.MaxValue - r.Next(0, 3);
        var half = huge / 2;
        return profile with
        {
            FullMembers = huge,
            MembersInManagement = r.Next(0, 2) == 0 ? huge : half,
            IdeasCollected = huge,
            IdeasAdopted = r.Next(0, 2) == 0 ? huge : half,
            MembersInKeyPosts = half,
            TechnicalAchievements = huge,
            ActivitiesHeld = huge,
            LeagueMembersAndYoungWorkers = huge,
            MembershipApplicants = r.Next(0, 2) == 0 ? huge : half + 1,
            ViolationsFound = huge,
            ViolationsReported = r.Next(0, 3) switch { 0 => huge, 1 => half, _ => 0 },
            ViolationsResolved = half,
            SeriousViolationsUnresolved = r.Next(0, 2) == 0 ? 0 : huge - half,
        };
    }

    /// <summary>The facts <paramref name="policy"/> scores for the enterprise: of flags, counts and the parts of shares.</summary>
    public static HashSet<EnterpriseFact> FactsScoredFor(FourHavesPolicy policy) =>
        [.. policy.Indicators.Select(i => i.Rule switch
        {
            FlagRule f => f.Fact.BuiltIn,
            CountRule c => c.Fact.BuiltIn,
            ShareRule s => s.Part.BuiltIn,
            _ => null,
        }).OfType<EnterpriseFact>()];

    /// <summary>The facts <paramref name="policy"/> scores against the enterprise: of absences and the wholes of shares.</summary>
    public static HashSet<EnterpriseFact> FactsScoredAgainst(FourHavesPolicy policy) =>
        [.. policy.Indicators.Select(i => i.Rule switch
        {
            AbsenceRule a => a.Fact.BuiltIn,
            ShareRule s => s.Whole.BuiltIn,
            _ => null,
        }).OfType<EnterpriseFact>()];

    /// <summary><paramref name="profile"/> with one more of <paramref name="fact"/> (a flag set, an area checked, a count plus one); null when there is no more to have.</summary>
    public static EnterpriseProfile? OneMore(EnterpriseProfile profile, EnterpriseFact fact)
    {
        int? Plus(int value) => value == int.MaxValue ? null : value + 1;
        EnterpriseProfile? Set(bool value, Func<EnterpriseProfile> set) => value ? null : set();
        var missing = Enum.GetValues<ComplianceArea>().Where(a => a != ComplianceArea.All && a != 0 && !profile.ComplianceChecks.HasFlag(a)).ToArray();
        return fact switch
        {
            EnterpriseFact.FullMembers => Plus(profile.FullMembers) is { } n ? profile with { FullMembers = n } : null,
            EnterpriseFact.ProbationaryMembers => Plus(profile.ProbationaryMembers) is { } n ? profile with { ProbationaryMembers = n } : null,
            EnterpriseFact.TakesPartInDecisions => Set(profile.TakesPartInDecisions, () => profile with { TakesPartInDecisions = true }),
            EnterpriseFact.BranchLedByManagement => Set(profile.BranchLedByManagement, () => profile with { BranchLedByManagement = true }),
            EnterpriseFact.MembersInManagement => Plus(profile.MembersInManagement) is { } n ? profile with { MembersInManagement = n } : null,
            EnterpriseFact.IdeasCollected => Plus(profile.IdeasCollected) is { } n ? profile with { IdeasCollected = n } : null,
            EnterpriseFact.IdeasAdopted => Plus(profile.IdeasAdopted) is { } n ? profile with { IdeasAdopted = n } : null,
            EnterpriseFact.MembersInKeyPosts => Plus(profile.MembersInKeyPosts) is { } n ? profile with { MembersInKeyPosts = n } : null,
            EnterpriseFact.TechnicalAchievements => Plus(profile.TechnicalAchievements) is { } n ? profile with { TechnicalAchievements = n } : null,
            EnterpriseFact.PioneerPosts => Plus(profile.PioneerPosts) is { } n ? profile with { PioneerPosts = n } : null,
            EnterpriseFact.UnionEstablished => Set(profile.UnionEstablished, () => profile with { UnionEstablished = true }),
            EnterpriseFact.LeagueEstablished => Set(profile.LeagueEstablished, () => profile with { LeagueEstablished = true }),
            EnterpriseFact.ActivitiesHeld => Plus(profile.ActivitiesHeld) is { } n ? profile with { ActivitiesHeld = n } : null,
            EnterpriseFact.LeagueMembersAndYoungWorkers => Plus(profile.LeagueMembersAndYoungWorkers) is { } n ? profile with { LeagueMembersAndYoungWorkers = n } : null,
            EnterpriseFact.MembershipApplicants => Plus(profile.MembershipApplicants) is { } n ? profile with { MembershipApplicants = n } : null,
            EnterpriseFact.ComplianceAreasChecked => missing.Length == 0 ? null : profile with { ComplianceChecks = profile.ComplianceChecks | missing[0] },
            EnterpriseFact.ViolationsFound => Plus(profile.ViolationsFound) is { } n ? profile with { ViolationsFound = n } : null,
            EnterpriseFact.ViolationsReported => Plus(profile.ViolationsReported) is { } n ? profile with { ViolationsReported = n } : null,
            EnterpriseFact.ViolationsResolved => Plus(profile.ViolationsResolved) is { } n ? profile with { ViolationsResolved = n } : null,
            EnterpriseFact.SeriousViolationsUnresolved => Plus(profile.SeriousViolationsUnresolved) is { } n ? profile with { SeriousViolationsUnresolved = n } : null,
            _ => throw new ArgumentOutOfRangeException(nameof(fact)),
        };
    }

    /// <summary>A veto item on <paramref name="fact"/>: at or above 1 (the default), at or above 1–3, or on zero.</summary>
    private static VetoItem RandomVeto(Random r, string key, FactKey fact)
    {
        var veto = new VetoItem(key, fact, Grades[r.Next(Grades.Length)]);
        return r.Next(0, 3) switch
        {
            0 => veto with { Condition = VetoCondition.EqualsZero },
            1 => veto with { Figure = r.Next(1, 4) },
            _ => veto,
        };
    }

    private static IndicatorRule RandomRule(Random r, EnterpriseFact[] forFacts, EnterpriseFact[] againstFacts)
    {
        EnterpriseFact For() => forFacts[r.Next(forFacts.Length)];
        EnterpriseFact Against() => againstFacts[r.Next(againstFacts.Length)];
        switch (r.Next(0, 4))
        {
            case 0:
                return new FlagRule(For(), r.Next(1, 11));
            case 1:
                var per = r.Next(1, 6);
                // Now and then a cap so large that the total runs into the hundreds of thousands.
                var units = r.Next(0, 10) == 0 ? r.Next(1, 100_000) : r.Next(1, 7);
                return new CountRule(For(), per, (per * units) + (r.Next(0, 2) == 0 ? 0 : r.Next(0, per)));
            case 2:
                return new AbsenceRule(Against(), r.Next(1, 9));
            default:
                var whole = Against();
                var part = For();
                if (part == whole)
                {
                    return new AbsenceRule(whole, r.Next(1, 9));
                }

                var bands = Enumerable.Range(0, r.Next(1, 4)).Select(_ => new ShareBand(RandomShareThreshold(r), r.Next(1, 6))).ToArray();
                return new ShareRule(part, whole, bands, r.Next(0, bands.Max(b => b.Points) + 1));
        }
    }

    private static RatioThreshold RandomShareThreshold(Random r)
    {
        var inclusive = r.Next(0, 2) == 0;
        switch (r.Next(0, 10))
        {
            case 0:
                // Beyond 32 bits: compared through RatioThreshold itself.
                return Threshold(r.NextInt64(0, LargePrime), LargePrime, inclusive);
            case 1:
                // At the edge of the 64-bit fast path: 2^31 − 1 (prime), 2^31 (odd numerators) and 2^32 − 1 (some reduce below 2^31).
                var d = r.Next(0, 3) switch { 0 => (long)int.MaxValue, 1 => int.MaxValue + 1L, _ => uint.MaxValue };
                var n = r.NextInt64(0, d) | 1;
                return Threshold(n, d, inclusive);
            default:
                var small = r.Next(1, 7);
                return Threshold(r.Next(0, small + 1), small, inclusive);
        }
    }

    /// <summary>n/d, at least or more than (a share cannot be more than 1, so 1 itself is always "at least").</summary>
    private static RatioThreshold Threshold(long n, long d, bool inclusive) =>
        inclusive || n >= d ? RatioThreshold.AtLeast(n, d) : RatioThreshold.MoreThan(n, d);
}
