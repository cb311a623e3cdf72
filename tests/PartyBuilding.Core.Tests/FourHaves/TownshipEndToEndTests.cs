using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Specifications;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

/// <summary>A township's enterprises, end to end through the registration, as a host would run them.</summary>
public sealed class TownshipEndToEndTests
{
    [Fact]
    public void A_township_is_covered_assessed_grouped_and_queried()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();
        var assessor = provider.GetRequiredService<IFourHavesAssessor>();
        var coverage = provider.GetRequiredService<ICoverageAnalyzer>();
        var today = new LocalDate(2026, 11, 27);
        EnterpriseProfile[] township =
        [
            WorkedExampleTests.Hengli,
            FourHavesArbitraries.Perfect("xinda-electronics") with { AreaCode = "mazhu-01" },
            FourHavesArbitraries.Perfect("baisheng-foods") with { AreaCode = "mazhu-01", ViolationsFound = 1, SeriousViolationsUnresolved = 1 },
            FourHavesArbitraries.Empty("lianfa-textiles") with { AreaCode = "mazhu-03", FullMembers = 2 },
            FourHavesArbitraries.Empty("ruifeng-plastics") with { AreaCode = "mazhu-03", FullMembers = 1 },
            FourHavesArbitraries.Empty("xinmao-packaging") with { AreaCode = "mazhu-02", InstructorAssigned = true },
            FourHavesArbitraries.Empty("dongsheng-logistics") with { AreaCode = "mazhu-02" },
        ];

        var rates = coverage.Measure(township);
        var assessments = assessor.AssessAll(township);
        var groups = coverage.AdviseJointBranches(township);
        var summaries = township.Zip(assessments, (p, a) => EnterpriseAssessmentSummary.From(p, coverage.Classify(p).Kind, a, today)).ToArray();

        Assert.Equal((7, 3, 2, 1, 1), (rates.Operating, rates.OwnOrganization, rates.JointBranch, rates.Instructor, rates.None));
        Assert.Equal(Ratio.Of(5, 7), rates.OrganizationCoverage);
        Assert.Equal(Ratio.Of(6, 7), rates.WorkCoverage);
        Assert.Equal(["lianfa-textiles", "ruifeng-plastics"], Assert.Single(groups).Enterprises.Select(e => e.Value));
        Assert.Equal([new EnterpriseId("xinda-electronics")], FourHavesAssessor.ModelEnterprises(assessments));
        Assert.Equal(["xinda-electronics"], new ModelEnterprisesSpec().Evaluate(summaries).Select(s => s.Id.Value));
        Assert.Equal(["baisheng-foods"], new VetoedEnterprisesSpec().Evaluate(summaries).Select(s => s.Id.Value));
        Assert.Equal(["dongsheng-logistics"], new EnterprisesWithoutCoverageSpec().Evaluate(summaries).Select(s => s.Id.Value));
        Assert.Contains("hengli-hardware", new EnterprisesMissingHaveSpec(Have.Action).Evaluate(summaries).Select(s => s.Id.Value));
        Assert.Empty(new EnterprisesDueForAssessmentSpec(today).Evaluate(summaries));
        Assert.Equal(7, new EnterprisesDueForAssessmentSpec(today.PlusYears(1).PlusDays(1)).Evaluate(summaries).Count());
    }
}
