using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Validation;

namespace PartyBuilding.Core.Tests.DependencyInjection;

public sealed class AddPartyBuildingTests
{
    private static readonly System.Reflection.Assembly Library = typeof(Reason).Assembly;

    /// <summary>
    /// Public interfaces that are not services: stateful types a host creates per use (an aggregate, a
    /// ballot box) rather than resolves. Add one here only with that reason; rule services must be registered.
    /// </summary>
    private static readonly Type[] NotServices = [];

    // Validators that check input against one particular aggregate (a ballot against its round) are
    // built by that aggregate's owner, not resolved from the container.
    private static readonly Type[] BoundToAnAggregate = [typeof(IValidator<PartyBuilding.Core.Evaluation.Ballot>), typeof(IValidator<PartyBuilding.Core.Evaluation.CountSheet>)];

    private static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public void The_defaults_register_the_advisor_the_validators_the_policy_the_system_clock_and_Shanghai()
    {
        using var provider = Build(new ServiceCollection().AddPartyBuilding());

        Assert.IsType<StructureAdvisor>(provider.GetRequiredService<IStructureAdvisor>());
        Assert.IsType<StructurePolicyValidator>(provider.GetRequiredService<IValidator<StructurePolicy>>());
        Assert.IsType<PartyOrganizationValidator>(provider.GetRequiredService<IValidator<PartyOrganization>>());
        Assert.Same(StructurePolicy.Default, provider.GetRequiredService<StructurePolicy>());
        Assert.Same(StructurePolicy.Default, provider.GetRequiredService<PolicySet<StructurePolicy>>().Latest.Policy);
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Equal("Asia/Shanghai", provider.GetRequiredService<DateTimeZone>().Id);
    }

    [Fact]
    public void A_clock_the_host_registered_first_is_kept()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 0, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);

        using var provider = Build(services.AddPartyBuilding());

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void A_policy_set_the_host_registered_first_is_the_one_the_advisor_uses()
    {
        // Services are built from their whole set (every version kept), so a host overrides the set.
        var services = new ServiceCollection();
        services.AddSingleton(PolicySet.Of(StructurePolicy.Default with { MaxMembersPerBranch = 30 }));

        using var provider = Build(services.AddPartyBuilding());

        Assert.Equal(AdvisedForm.GeneralBranch, provider.GetRequiredService<IStructureAdvisor>().Advise(31, 0).Form);
    }

    [Fact]
    public void The_options_choose_the_zone_and_the_policy_versions()
    {
        var stricter = StructurePolicy.Default with { MaxMembersPerBranch = 40 };
        var set = new PolicySet<StructurePolicy>(
        [
            new("2020", new LocalDate(2020, 1, 1), StructurePolicy.Default),
            new("2025", new LocalDate(2025, 1, 1), stricter),
        ]);

        using var provider = Build(new ServiceCollection().AddPartyBuilding(o =>
        {
            o.TimeZoneId = "Europe/Berlin";
            o.Structure = set;
        }));

        Assert.Equal("Europe/Berlin", provider.GetRequiredService<DateTimeZone>().Id);
        Assert.Same(set, provider.GetRequiredService<PolicySet<StructurePolicy>>());
        Assert.Same(stricter, provider.GetRequiredService<StructurePolicy>());
        Assert.Equal(AdvisedForm.GeneralBranch, provider.GetRequiredService<IStructureAdvisor>().Advise(41, 0, new LocalDate(2025, 6, 1)).Form);
    }

    [Fact]
    public void A_second_call_adds_no_descriptor()
    {
        var services = new ServiceCollection().AddPartyBuilding();
        var first = services.ToArray();

        services.AddPartyBuilding();
        services.AddPartyBuilding(o => o.TimeZoneId = "UTC");

        Assert.Equal(first, services.ToArray());
    }

    [Fact]
    public void Every_registered_service_resolves()
    {
        var services = new ServiceCollection().AddPartyBuilding();
        using var provider = Build(services);

        Assert.All(services, d => Assert.NotNull(provider.GetRequiredService(d.ServiceType)));
    }

    [Fact]
    public void Every_public_validator_of_the_library_is_registered()
    {
        var services = new ServiceCollection().AddPartyBuilding();
        var validators = Library.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .Distinct()
            .Where(v => !BoundToAnAggregate.Contains(v))
            .ToArray();

        Assert.NotEmpty(validators);
        Assert.All(validators, v => Assert.Contains(services, d => d.ServiceType == v));
    }

    [Fact]
    public void Every_public_rule_service_interface_with_a_public_implementation_is_registered()
    {
        var services = new ServiceCollection().AddPartyBuilding();
        var exported = Library.GetExportedTypes();
        var interfaces = exported
            .Where(t => t.IsInterface && !t.IsGenericTypeDefinition && !NotServices.Contains(t))
            .Where(i => exported.Any(t => t is { IsClass: true, IsAbstract: false } && i.IsAssignableFrom(t)))
            .ToArray();

        Assert.Contains(typeof(IStructureAdvisor), interfaces);
        Assert.All(interfaces, i => Assert.Contains(services, d => d.ServiceType == i));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("asia/shanghai")]
    public void An_unknown_time_zone_is_refused_and_nothing_is_registered(string? zone)
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidInputException>(() => services.AddPartyBuilding(o => o.TimeZoneId = zone!));

        Assert.Equal([CommonErrorCodes.TimeZoneUnknown], error.Codes);
        Assert.Empty(services);
    }

    [Fact]
    public void An_inconsistent_policy_version_is_refused_naming_the_version()
    {
        var set = new PolicySet<StructurePolicy>(
        [
            new("2020", new LocalDate(2020, 1, 1), StructurePolicy.Default),
            new("broken", new LocalDate(2025, 1, 1), StructurePolicy.Default with { MaxMembersPerGeneralBranch = 10 }),
        ]);
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidInputException>(() => services.AddPartyBuilding(o => o.Structure = set));

        Assert.Equal([OrganizationErrorCodes.PolicyOutOfOrder], error.Codes);
        Assert.All(error.Errors, e => Assert.StartsWith("Structure[broken].", e.PropertyName, StringComparison.Ordinal));
        Assert.Empty(services);
    }

    [Fact]
    public void Every_failure_of_the_options_is_listed_at_once()
    {
        var set = new PolicySet<StructurePolicy>(
        [
            new("a", new LocalDate(2020, 1, 1), StructurePolicy.Default with { CommitteeTermYears = 0 }),
            new("b", new LocalDate(2025, 1, 1), StructurePolicy.Default with { MaxMembersPerGeneralBranch = 10 }),
        ]);

        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o =>
        {
            o.TimeZoneId = "Nowhere/Atlantis";
            o.Structure = set;
        }));

        Assert.Equal(
            new[] { CommonErrorCodes.TimeZoneUnknown, OrganizationErrorCodes.PolicyNotPositive, OrganizationErrorCodes.PolicyOutOfOrder },
            error.Codes);
        Assert.Equal(["TimeZoneId", "Structure[a].CommitteeTermYears", "Structure[b].MaxMembersPerGeneralBranch"], error.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void A_missing_policy_set_is_refused()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o => o.Structure = null!));

        Assert.Equal([CommonErrorCodes.Required], error.Codes);
    }

    [Fact]
    public void Null_services_are_refused() =>
        Assert.Throws<ArgumentNullException>(() => PartyBuildingServiceCollectionExtensions.AddPartyBuilding(null!));
}
