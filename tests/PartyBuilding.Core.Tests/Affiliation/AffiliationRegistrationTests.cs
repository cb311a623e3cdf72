using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.DependencyInjection;

namespace PartyBuilding.Core.Tests.Affiliation;

public sealed class AffiliationRegistrationTests
{
    [Fact]
    public void AddPartyBuilding_registers_the_affiliation_services_policy_and_validators()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();

        Assert.IsType<AffiliationAssigner>(provider.GetRequiredService<IAffiliationAssigner>());
        Assert.NotNull(provider.GetRequiredService<IMigrantBranchAdvisor>());
        Assert.NotNull(provider.GetRequiredService<IContactStandingAssessor>());
        Assert.Same(AffiliationPolicy.Default, provider.GetRequiredService<AffiliationPolicy>());
        Assert.NotNull(provider.GetRequiredService<PolicySet<AffiliationPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<MobileMember>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<ContactRecord>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<AffiliationPolicy>>());
    }

    [Fact]
    public void A_host_policy_is_used_by_the_services()
    {
        var policy = AffiliationPolicy.Default with { MinimumFullMembersForMigrantBranch = 2 };
        using var provider = new ServiceCollection()
            .AddPartyBuilding(o => o.Affiliation = PolicySet.Of(policy))
            .BuildServiceProvider();

        var advice = provider.GetRequiredService<IMigrantBranchAdvisor>().Advise(
            [new MobileMember(new MemberId("a"), Core.Members.MembershipStatus.Full, "X"), new MobileMember(new MemberId("b"), Core.Members.MembershipStatus.Full, "X")],
            Core.Organizations.OrganizationRegistry.Empty);

        Assert.Single(advice);
    }

    [Fact]
    public void An_inconsistent_affiliation_policy_fails_registration_naming_the_version()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection()
            .AddPartyBuilding(o => o.Affiliation = PolicySet.Of(AffiliationPolicy.Default with { LostContactMonths = 1 }, "bad")));

        var failure = Assert.Single(error.Errors);
        Assert.Equal(AffiliationErrorCodes.PolicyOutOfOrder, failure.ErrorCode);
        Assert.StartsWith("Affiliation[bad].", failure.PropertyName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_affiliation_policy_set_fails_registration()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o => o.Affiliation = null!));

        Assert.Equal([CommonErrorCodes.Required], error.Codes);
    }
}
