using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Outreach;
using static PartyBuilding.Core.Tests.Outreach.OutreachFixtures;

namespace PartyBuilding.Core.Tests.Outreach;

public sealed class OutreachRegistrationTests
{
    [Fact]
    public void AddPartyBuilding_registers_the_outreach_assessor_policy_and_validators()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();

        Assert.IsType<OutreachAssessor>(provider.GetRequiredService<IOutreachAssessor>());
        Assert.Same(OutreachPolicy.Default, provider.GetRequiredService<OutreachPolicy>());
        Assert.NotNull(provider.GetRequiredService<PolicySet<OutreachPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<OutreachPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<Pairing>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<OutreachRecord>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<HouseholdOutreach>>());
    }

    [Fact]
    public void A_host_policy_is_used_by_the_assessor()
    {
        using var provider = new ServiceCollection()
            .AddPartyBuilding(o => o.Outreach = PolicySet.Of(new OutreachPolicy { MinimumVisitsPerYear = 0, VisitInEachHalf = false }, "county-2026"))
            .BuildServiceProvider();

        var a = provider.GetRequiredService<IOutreachAssessor>().Assess(Household(SixOnes(D(2026, 3, 1))), D(2026, 3, 2));

        Assert.Equal((OutreachStanding.Complete, "county-2026"), (a.Standing, a.PolicyLabel));
    }

    [Fact]
    public void An_inconsistent_outreach_policy_fails_registration_naming_the_version()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection()
            .AddPartyBuilding(o => o.Outreach = PolicySet.Of(new OutreachPolicy { MinimumHouseholdsPerCadre = 0 }, "bad")));

        var failure = Assert.Single(error.Errors);
        Assert.Equal(OutreachErrorCodes.PolicyOutOfRange, failure.ErrorCode);
        Assert.StartsWith("Outreach[bad].", failure.PropertyName, StringComparison.Ordinal);
    }
}
