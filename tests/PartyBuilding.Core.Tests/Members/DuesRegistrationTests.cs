using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Members;

namespace PartyBuilding.Core.Tests.Members;

public sealed class DuesRegistrationTests
{
    [Fact]
    public void AddPartyBuilding_registers_the_calculator_the_standing_assessor_the_policy_and_the_validators()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();

        Assert.Equal(15.00m, provider.GetRequiredService<IDuesCalculator>().Calculate(new DuesBasis(MemberCategory.Employed, 3000m)).Amount);
        Assert.False(provider.GetRequiredService<IDuesStandingAssessor>().Assess(new MemberId("a"), new LocalDate(2026, 1, 1), [], new LocalDate(2026, 2, 1)).IsFlaggedForReview);
        Assert.Same(DuesPolicy.Default, provider.GetRequiredService<DuesPolicy>());
        Assert.NotNull(provider.GetRequiredService<PolicySet<DuesPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<DuesPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<DuesBasis>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<DuesPayment>>());
    }

    [Fact]
    public void An_inconsistent_policy_is_refused_at_registration_with_the_version_named()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o => o.Dues = PolicySet.Of(DuesPolicy.Default with { BackPaymentMonths = 0 }, "bad")));

        Assert.Equal([MembersErrorCodes.PolicyNotPositive], error.Codes);
        Assert.Contains(error.Errors, e => e.PropertyName == "Dues[bad].BackPaymentMonths");
    }
}
