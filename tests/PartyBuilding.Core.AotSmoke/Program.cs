using System.Globalization;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.FourHaves;

namespace PartyBuilding.Core.AotSmoke;

/// <summary>
/// Assesses a few enterprises under two scorecard versions and prints, per assessment, its figures, the
/// version that decided it and its reason codes; then a coverage rate, one reason in zh-CN, and the codes of
/// a refused profile. CI publishes it as a native program (no trim or AOT warning allowed), runs it and
/// checks the lines it expects (the worked example of docs/four-haves.md among them).
/// </summary>
public static class Program
{
    public static int Main()
    {
        var nextYear = FourHavesPolicy.Default with
        {
            // A province's table for 2026, published in advance: the union counts double, the league less.
            Indicators = [.. FourHavesPolicy.Default.Indicators.Select(i => i.Key switch
            {
                "ATTRACTION.UNION" => i with { Rule = new FlagRule(EnterpriseFact.UnionEstablished, 10) },
                "ATTRACTION.LEAGUE" => i with { Rule = new FlagRule(EnterpriseFact.LeagueEstablished, 2) },
                "ATTRACTION.ACTIVITIES" => i with { Rule = new CountRule(EnterpriseFact.ActivitiesHeld, 1, 7) },
                _ => i,
            })],
        };
        var tables = new PolicySet<FourHavesPolicy>(
        [
            new PolicyVersion<FourHavesPolicy>("2025", new LocalDate(2025, 1, 1), FourHavesPolicy.Default),
            new PolicyVersion<FourHavesPolicy>("2026", new LocalDate(2026, 1, 1), nextYear),
        ]);
        var assessor = new FourHavesAssessor(tables);
        var enterprises = Enterprises();
        foreach (var asOf in new[] { new LocalDate(2025, 12, 31), new LocalDate(2026, 12, 31) })
        {
            foreach (var a in assessor.AssessAll(enterprises, asOf))
            {
                Console.WriteLine($"{a} {string.Join(',', a.Reasons.Select(r => r.Code))}");
            }
        }

        var coverage = new CoverageAnalyzer(tables).Measure(enterprises, new LocalDate(2025, 12, 31));
        Console.WriteLine($"work coverage {coverage.WorkCoverage} [{coverage.PolicyLabel}]");

        var zh = CultureInfo.GetCultureInfo("zh-CN");
        Console.WriteLine(assessor.Assess(enterprises[0], new LocalDate(2025, 12, 31)).Reasons[0].MessageIn(zh));

        try
        {
            assessor.Assess(enterprises[0] with { IdeasCollected = -1, ViolationsReported = 9 }, new LocalDate(2025, 12, 31));
            Console.WriteLine("refused: nothing");
            return 1;
        }
        catch (InvalidInputException error)
        {
            Console.WriteLine($"refused: {string.Join(',', error.Codes)}");
        }

        // Policy documents: source-generated reading, so a native host reads a province's file too.
        var structure = Organizations.StructurePolicyDocument.Format;
        var shipped = structure.Read(structure.ShippedDocument("default"));
        Console.WriteLine($"document {structure.Name}: {shipped.Latest.Label} {shipped.Latest.Policy.MaxMembersPerBranch}");
        try
        {
            structure.Read("""{"policy":"structure","versions":[{"label":"x","effectiveFrom":"2026-02-30","figures":{}}]}""");
            Console.WriteLine("document refused: nothing");
            return 1;
        }
        catch (InvalidInputException error)
        {
            Console.WriteLine($"document refused: {string.Join(',', error.Errors.Take(2).Select(f => $"{f.ErrorCode}@{f.PropertyName}"))}");
        }

        return 0;
    }

    /// <summary>The worked example of docs/four-haves.md, a perfect enterprise, a vetoed one and one without a branch.</summary>
    private static EnterpriseProfile[] Enterprises()
    {
        var perfect = new EnterpriseProfile
        {
            Id = new EnterpriseId("xinda-electronics"),
            FullMembers = 10,
            TakesPartInDecisions = true,
            BranchLedByManagement = true,
            MembersInManagement = 3,
            IdeasCollected = 4,
            IdeasAdopted = 2,
            MembersInKeyPosts = 5,
            TechnicalAchievements = 3,
            PioneerPosts = 3,
            UnionEstablished = true,
            LeagueEstablished = true,
            ActivitiesHeld = 9,
            LeagueMembersAndYoungWorkers = 20,
            MembershipApplicants = 2,
            ComplianceChecks = ComplianceArea.All,
        };
        return
        [
            new EnterpriseProfile
            {
                Id = new EnterpriseId("hengli-hardware"),
                AreaCode = "mazhu-03",
                FullMembers = 4,
                ProbationaryMembers = 1,
                TakesPartInDecisions = true,
                BranchLedByManagement = true,
                MembersInManagement = 2,
                IdeasCollected = 5,
                IdeasAdopted = 1,
                MembersInKeyPosts = 3,
                TechnicalAchievements = 1,
                PioneerPosts = 2,
                UnionEstablished = true,
                ActivitiesHeld = 6,
                LeagueMembersAndYoungWorkers = 8,
                MembershipApplicants = 1,
                ComplianceChecks = ComplianceArea.Tax | ComplianceArea.Employment | ComplianceArea.SocialSecurity,
                ViolationsFound = 2,
                ViolationsReported = 1,
                ViolationsResolved = 1,
            },
            perfect,
            perfect with { Id = new EnterpriseId("baisheng-foods"), ViolationsFound = 1, SeriousViolationsUnresolved = 1 },
            new EnterpriseProfile { Id = new EnterpriseId("dongsheng-logistics") },
        ];
    }
}
