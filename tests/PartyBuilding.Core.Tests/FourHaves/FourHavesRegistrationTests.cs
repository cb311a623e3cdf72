using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

public sealed class FourHavesRegistrationTests
{
    [Fact]
    public void AddPartyBuilding_registers_the_assessor_the_analyzer_the_policy_and_the_validators()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();

        Assert.Equal(100, provider.GetRequiredService<IFourHavesAssessor>().Assess(FourHavesArbitraries.Perfect()).Total);
        Assert.Equal(CoverageKind.None, provider.GetRequiredService<ICoverageAnalyzer>().Classify(FourHavesArbitraries.Empty()).Kind);
        Assert.Same(FourHavesPolicy.Default, provider.GetRequiredService<FourHavesPolicy>());
        Assert.NotNull(provider.GetRequiredService<PolicySet<FourHavesPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<FourHavesPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<EnterpriseProfile>>());
    }

    [Fact]
    public void A_host_policy_is_used()
    {
        var policy = FourHavesPolicy.Default with { Vetoes = [] };
        using var provider = new ServiceCollection().AddPartyBuilding(o => o.FourHaves = PolicySet.Of(policy)).BuildServiceProvider();

        var a = provider.GetRequiredService<IFourHavesAssessor>().Assess(FourHavesArbitraries.Perfect() with { ViolationsFound = 1, SeriousViolationsUnresolved = 1 });

        Assert.False(a.Vetoed);
    }

    [Fact]
    public void An_inconsistent_policy_is_refused_at_registration_with_the_version_named()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o => o.FourHaves = PolicySet.Of(FourHavesPolicy.Default with { TotalMaximum = 99 }, "bad")));

        Assert.Contains(FourHavesErrorCodes.PolicyTotalMismatch, error.Codes);
        Assert.Contains(error.Errors, e => e.PropertyName.StartsWith("FourHaves[bad]", StringComparison.Ordinal));
    }
}
