using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

/// <summary>The worked example of docs/four-haves.md, figure by figure.</summary>
public sealed class WorkedExampleTests
{
    internal static readonly EnterpriseProfile Hengli = new()
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
        LeagueEstablished = false,
        ActivitiesHeld = 6,
        LeagueMembersAndYoungWorkers = 8,
        MembershipApplicants = 1,
        ComplianceChecks = ComplianceArea.Tax | ComplianceArea.Employment | ComplianceArea.SocialSecurity,
        ViolationsFound = 2,
        ViolationsReported = 1,
        ViolationsResolved = 1,
    };

    [Fact]
    public void Hengli_hardware_is_assessed_as_the_documentation_says()
    {
        var a = Culture.Under("en", () => new FourHavesAssessor().Assess(Hengli));

        Assert.Equal(new HaveScores(23, 13, 14, 14), a.Scores);
        Assert.Equal(64, a.Total);
        Assert.Equal(Grade.Fair, a.Grade);
        Assert.Equal([Have.Seat], a.Met);
        Assert.False(a.Vetoed);
        Assert.Equal(
            [
                FourHavesReasonCodes.HaveNotMet, FourHavesReasonCodes.HaveNotMet, FourHavesReasonCodes.HaveNotMet,
                FourHavesReasonCodes.IndicatorShortfall, FourHavesReasonCodes.IndicatorShortfall, FourHavesReasonCodes.IndicatorShortfall,
                FourHavesReasonCodes.GradeBand,
            ],
            a.Reasons.Select(r => r.Code));

        // The figures the reasons name (keys are figures, not prose): the three costliest indicators, in order.
        string[] keys = ["ACTION.TECHNICAL_ACHIEVEMENTS", "SUPERVISION.COMPLIANCE_CHECKS", "ATTRACTION.LEAGUE"];
        Assert.All(keys.Select((k, i) => (k, i)), x => Assert.Contains(x.k, a.Reasons[3 + x.i].Message, StringComparison.Ordinal));
        Assert.Equal(CoverageKind.OwnOrganization, new CoverageAnalyzer().Classify(Hengli).Kind);
    }
}
