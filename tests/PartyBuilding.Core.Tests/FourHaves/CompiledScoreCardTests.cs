using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Validation;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

/// <summary>The compiled scorecard computes exactly what reading the table as data computes, for any valid table.</summary>
public sealed class CompiledScoreCardTests
{
    private static readonly FourHavesPolicyValidator PolicyValidator = new();
    private static readonly EnterpriseProfileValidator ProfileValidator = new();

    [Fact]
    public void On_a_runtime_that_compiles_code_the_card_is_compiled_unless_told_otherwise()
    {
        Assert.True(new ScoreCard(FourHavesPolicy.Default).IsCompiled);
        Assert.False(new ScoreCard(FourHavesPolicy.Default, compile: false).IsCompiled);
    }

    [Fact]
    public void The_default_table_gives_the_same_figures_both_ways_on_the_worked_profiles()
    {
        var compiled = new ScoreCard(FourHavesPolicy.Default);
        var interpreted = new ScoreCard(FourHavesPolicy.Default, compile: false);
        foreach (var profile in new[] { FourHavesArbitraries.Empty(), FourHavesArbitraries.Perfect(), FourHavesAssessorTests.WithDeficit(26) })
        {
            AssertSame(interpreted.Assess(profile), compiled.Assess(profile));
        }

        Assert.Equal(100, compiled.Assess(FourHavesArbitraries.Perfect()).Total);
        Assert.Equal(74, compiled.Assess(FourHavesAssessorTests.WithDeficit(26)).Total);
    }

    [Property(MaxTest = 150)]
    public Property Any_valid_table_gives_the_same_assessment_compiled_and_read_as_data() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed =>
        {
            var r = new Random(seed);
            var policy = FourHavesPolicies.RandomPolicy(r);
            var validation = PolicyValidator.Validate(policy);
            Assert.True(validation.IsValid, string.Join("; ", validation.Errors.Select(e => e.ErrorCode)));
            var compiled = new ScoreCard(policy);
            var interpreted = new ScoreCard(policy, compile: false);
            Assert.True(compiled.IsCompiled);
            for (var i = 0; i < 40; i++)
            {
                var profile = FourHavesPolicies.RandomProfile(r, "E" + i);
                Assert.True(ProfileValidator.Validate(profile).IsValid);
                var expected = interpreted.Assess(profile);
                AssertSame(expected, compiled.Assess(profile));

                // Each have is the sum of its indicators' own points, whichever way the table runs.
                foreach (var have in Enum.GetValues<Have>())
                {
                    Assert.Equal(policy.Indicators.Where(x => x.Have == have).Sum(x => x.Rule.PointsFor(profile)), expected[have]);
                }
            }

            return true;
        });

    private static void AssertSame(FourHavesAssessment expected, FourHavesAssessment actual)
    {
        Assert.Equal(expected.Enterprise, actual.Enterprise);
        Assert.Equal(expected.Scores, actual.Scores);
        Assert.Equal(expected.Met, actual.Met);
        Assert.Equal(expected.UncappedGrade, actual.UncappedGrade);
        Assert.Equal(expected.Grade, actual.Grade);
        Assert.Equal(expected.Vetoed, actual.Vetoed);
        Assert.Equal(expected.IsModel, actual.IsModel);
        Assert.Equal(expected.Reasons.Select(x => x.Code), actual.Reasons.Select(x => x.Code));
    }
}
