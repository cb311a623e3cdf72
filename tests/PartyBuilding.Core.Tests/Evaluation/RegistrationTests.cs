using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed class EvaluationRegistrationTests
{
    [Fact]
    public void AddPartyBuilding_registers_the_tally_its_policy_and_validators()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();

        Assert.IsType<DemocraticEvaluationTally>(provider.GetRequiredService<IDemocraticEvaluationTally>());
        Assert.Same(EvaluationPolicy.Default, provider.GetRequiredService<EvaluationPolicy>());
        Assert.Single(provider.GetRequiredService<PolicySet<EvaluationPolicy>>().Versions);
        Assert.NotNull(provider.GetRequiredService<IValidator<EvaluationPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<EvaluationRound>>());
    }

    [Fact]
    public void An_inconsistent_evaluation_policy_fails_registration_with_its_code()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o =>
            o.Evaluation = PolicySet.Of(EvaluationPolicy.Default with { AnonymityMinimumBallots = 0 })));

        Assert.Equal([EvaluationErrorCodes.PolicyAnonymityMinimum], error.Codes);
        Assert.Contains("Evaluation[default]", error.Errors[0].PropertyName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_policy_registered_first_wins()
    {
        var mine = new DemocraticEvaluationTally(EvaluationPolicy.Default with { AnonymityMinimumBallots = 3 });
        using var provider = new ServiceCollection().AddSingleton<IDemocraticEvaluationTally>(mine).AddPartyBuilding().BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<IDemocraticEvaluationTally>());
    }
}
