using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

public sealed class CoverageAnalyzerTests
{
    private readonly CoverageAnalyzer analyzer = new();

    private static EnterpriseProfile Unit(string id, int full, bool instructor = false, string? area = "A01", bool operating = true, int probationary = 0) =>
        FourHavesArbitraries.Empty(id) with { FullMembers = full, InstructorAssigned = instructor, AreaCode = area, Operating = operating, ProbationaryMembers = probationary };

    [Theory]
    [InlineData(3, false, 0, CoverageKind.OwnOrganization, FourHavesReasonCodes.CoverageOwnOrganization)]
    [InlineData(40, true, 0, CoverageKind.OwnOrganization, FourHavesReasonCodes.CoverageOwnOrganization)]
    [InlineData(2, false, 5, CoverageKind.JointBranch, FourHavesReasonCodes.CoverageJointBranch)]
    [InlineData(1, true, 0, CoverageKind.JointBranch, FourHavesReasonCodes.CoverageJointBranch)]
    [InlineData(0, true, 2, CoverageKind.Instructor, FourHavesReasonCodes.CoverageInstructor)]
    [InlineData(0, false, 2, CoverageKind.None, FourHavesReasonCodes.CoverageNone)]
    public void Coverage_is_decided_on_full_members_and_the_instructor(int full, bool instructor, int probationary, CoverageKind kind, string code)
    {
        var coverage = analyzer.Classify(Unit("E1", full, instructor, probationary: probationary));

        Assert.Equal(kind, coverage.Kind);
        Assert.Equal(code, coverage.Reason.Code);
        Assert.Equal(new EnterpriseId("E1"), coverage.Enterprise);
    }

    [Fact]
    public void A_township_gets_exact_rates_over_its_operating_enterprises()
    {
        EnterpriseProfile[] township =
        [
            Unit("E1", 5), Unit("E2", 3), Unit("E3", 2), Unit("E4", 0, instructor: true),
            Unit("E5", 0), Unit("E6", 0), Unit("E7", 9, operating: false),
        ];

        var c = analyzer.Measure(township);

        Assert.Equal((6, 2, 1, 1, 2, 1), (c.Operating, c.OwnOrganization, c.JointBranch, c.Instructor, c.None, c.NotOperating));
        Assert.Equal(Ratio.Of(1, 2), c.OrganizationCoverage);
        Assert.Equal(Ratio.Of(1, 3), c.OwnOrganizationRate);
        Assert.Equal(Ratio.Of(2, 3), c.WorkCoverage);
        Assert.Equal(Ratio.Of(1, 3), c.Uncovered);
        Assert.Equal(2, c.CountOf(CoverageKind.None));
    }

    [Fact]
    public void A_township_without_operating_enterprises_has_zero_rates()
    {
        var c = analyzer.Measure([Unit("E1", 5, operating: false)]);

        Assert.Equal(0, c.Operating);
        Assert.Equal(Ratio.Zero, c.WorkCoverage);
        Assert.Equal(Ratio.Zero, analyzer.Measure([]).OrganizationCoverage);
    }

    [Fact]
    public void Seven_units_of_an_area_make_two_joint_branches_of_four_and_three_in_id_order()
    {
        var units = Enumerable.Range(1, 7).Select(i => Unit("E" + i, 1)).Reverse().ToArray();

        var groups = analyzer.AdviseJointBranches(units);

        Assert.Equal(2, groups.Count);
        Assert.Equal(["E1", "E2", "E3", "E4"], groups[0].Enterprises.Select(e => e.Value));
        Assert.Equal(["E5", "E6", "E7"], groups[1].Enterprises.Select(e => e.Value));
        Assert.Equal([FourHavesReasonCodes.JointBranchGroup], groups[0].Reasons.Select(r => r.Code));
        Assert.Equal(4, groups[0].FullMembers);
    }

    [Fact]
    public void Joint_branches_are_grouped_by_area_with_unknown_areas_last()
    {
        EnterpriseProfile[] units =
        [
            Unit("E1", 1, area: null), Unit("E2", 2, area: "B"), Unit("E3", 1, area: "A"), Unit("E4", 2, area: "A"),
            Unit("E5", 5, area: "A"), Unit("E6", 1, area: "A", operating: false), Unit("E7", 0, instructor: true, area: "A"),
        ];

        var groups = analyzer.AdviseJointBranches(units);

        Assert.Equal(["A", "B", null], groups.Select(g => g.AreaCode));
        Assert.Equal(["E3", "E4"], groups[0].Enterprises.Select(e => e.Value));
        Assert.Equal(3, groups[0].FullMembers);
        Assert.Equal([FourHavesReasonCodes.JointBranchGroup, FourHavesReasonCodes.JointBranchTooFewFullMembers], groups[1].Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_batch_with_a_duplicate_or_invalid_profile_is_refused()
    {
        Assert.Equal([FourHavesErrorCodes.EnterpriseDuplicate], Assert.Throws<InvalidInputException>(() => analyzer.Measure([Unit("E1", 1), Unit("E1", 2)])).Codes);
        Assert.Equal([FourHavesErrorCodes.CountNegative], Assert.Throws<InvalidInputException>(() => analyzer.AdviseJointBranches([Unit("E1", -1)])).Codes);
        Assert.Throws<ArgumentNullException>(() => analyzer.Measure(null!));
        Assert.Throws<ArgumentNullException>(() => analyzer.Classify(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => analyzer.KindOf(-1, false));
    }

    [Fact]
    public void The_minimum_follows_the_policy()
    {
        var strict = new CoverageAnalyzer(FourHavesPolicy.Default with { MinimumFullMembers = 5, MaxUnitsPerJointBranch = 2 });

        Assert.Equal(CoverageKind.JointBranch, strict.KindOf(4, false));
        Assert.Equal(2, strict.AdviseJointBranches([Unit("E1", 1), Unit("E2", 1), Unit("E3", 1)]).Count);
    }
}
