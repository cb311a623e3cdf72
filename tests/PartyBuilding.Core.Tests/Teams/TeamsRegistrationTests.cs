using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Teams;

namespace PartyBuilding.Core.Tests.Teams;

public sealed class TeamsRegistrationTests
{
    [Fact]
    public void AddPartyBuilding_registers_the_teams_services_validators_and_policy_set()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();

        Assert.IsType<WeakTeamAssessor>(provider.GetRequiredService<IWeakTeamAssessor>());
        Assert.IsType<CadreTrainingAssessor>(provider.GetRequiredService<ICadreTrainingAssessor>());
        Assert.NotNull(provider.GetRequiredService<IValidator<TeamProfile>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<CadreTrainingRecord>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<TeamsPolicy>>());
        Assert.Equal(TeamsPolicy.Default, provider.GetRequiredService<TeamsPolicy>());
        Assert.Equal(PolicySet.DefaultLabel, provider.GetRequiredService<PolicySet<TeamsPolicy>>().Latest.Label);
    }

    [Fact]
    public void An_inconsistent_teams_policy_is_refused_at_registration()
    {
        var e = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o => o.Teams = PolicySet.Of(TeamsPolicy.Default with { ReviewShare = Ratio.Of(3, 2) })));

        Assert.Contains(e.Errors, f => f.ErrorCode == TeamsErrorCodes.ShareAboveOne && f.PropertyName.StartsWith("Teams[default]", StringComparison.Ordinal));
    }
}
