using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Petitions;
using static PartyBuilding.Core.Tests.Petitions.PetitionFixtures;

namespace PartyBuilding.Core.Tests.Petitions;

public sealed class RegistrationTests
{
    [Fact]
    public void AddPartyBuilding_registers_the_router_the_validators_and_the_hosts_petition_policy()
    {
        var county = PetitionPolicy.Default with { MaxRepresentatives = 3 };
        using var services = new ServiceCollection().AddPartyBuilding(o => o.Petitions = PolicySet.Of(county, "county-2026")).BuildServiceProvider();

        var routing = services.GetRequiredService<IPetitionRouter>().Route(Intake());
        var group = Intake() with { Petitioners = 4, Representatives = 4 };

        Assert.Equal("county-2026", routing.PolicyLabel);
        Assert.Same(county, services.GetRequiredService<PetitionPolicy>());
        Assert.Equal([PetitionErrorCodes.TooManyRepresentatives], services.GetRequiredService<IValidator<PetitionIntake>>().Validate(group).Errors.Select(e => e.ErrorCode));
        Assert.True(services.GetRequiredService<IValidator<PetitionPolicy>>().Validate(county).IsValid);
    }

    [Fact]
    public void An_inconsistent_petition_policy_is_refused_at_registration()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o => o.Petitions = PolicySet.Of(PetitionPolicy.Default with { ReviewWithinDays = 0 })));

        Assert.Equal([PetitionErrorCodes.PolicyNotPositive], CodesOf(error));
        Assert.Equal("Petitions[default].ReviewWithinDays", error.Errors[0].PropertyName);
    }
}
