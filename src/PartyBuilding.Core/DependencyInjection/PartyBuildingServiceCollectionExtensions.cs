using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Validation;

namespace PartyBuilding.Core.DependencyInjection;

/// <summary>Registers PartyBuilding.Core with a host's service collection.</summary>
public static partial class PartyBuildingServiceCollectionExtensions
{
    /// <summary>
    /// Registers every rule service, validator and policy of the library, the NodaTime
    /// <see cref="IClock"/> (the system clock, unless the host registered one) and the host's
    /// <see cref="DateTimeZone"/> (<c>Asia/Shanghai</c> by default).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Changes to the default options, or null for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="InvalidInputException">The options are inconsistent; every failure is listed.</exception>
    /// <remarks>
    /// Every registration uses <c>TryAdd</c>: a second call adds nothing, and a host overrides any
    /// service (a fake clock, a stricter policy) by registering it first.
    /// Each policy type is registered as its <see cref="PolicySet{TPolicy}"/> and, for services
    /// that do not depend on a date, as the latest version.
    /// </remarks>
    public static IServiceCollection AddPartyBuilding(this IServiceCollection services, Action<PartyBuildingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new PartyBuildingOptions();
        configure?.Invoke(options);

        var failures = new List<ValidationFailure>();
        var zone = ValidateCommon(options, failures);
        Validate(options.Structure, nameof(options.Structure), new StructurePolicyValidator(), failures);
        ValidateAffiliation(options, failures);
        ValidateFourHaves(options, failures);
        ValidateEvaluation(options, failures);
        ValidateAccountability(options, failures);
        Failures.ThrowIfAny(failures);

#pragma warning disable RS0030 // The one place the library names the system clock: hosts may override it.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton(zone!);

        services.TryAddSingleton(options.Structure);
        services.TryAddSingleton(options.Structure.Latest.Policy);
        services.TryAddSingleton<IStructureAdvisor>(sp => new StructureAdvisor(sp.GetRequiredService<StructurePolicy>()));
        services.TryAddSingleton<IValidator<StructurePolicy>, StructurePolicyValidator>();
        services.TryAddSingleton<IValidator<PartyOrganization>, PartyOrganizationValidator>();

        AddAffiliation(services, options);
        AddFourHaves(services, options);
        AddEvaluation(services, options);
        AddAccountability(services, options);
        return services;
    }

    /// <summary>Validates every version of a policy set, naming the version in each failure.</summary>
    internal static void Validate<TPolicy>(PolicySet<TPolicy>? set, string name, IValidator<TPolicy> validator, List<ValidationFailure> failures)
        where TPolicy : class
    {
        if (set is null)
        {
            failures.Add(Failures.Of(name, CommonErrorCodes.Required, null));
            return;
        }

        foreach (var version in set.Versions)
        {
            foreach (var failure in validator.Validate(version.Policy).Errors)
            {
                failure.PropertyName = $"{name}[{version.Label}].{failure.PropertyName}";
                failures.Add(failure);
            }
        }
    }

    private static DateTimeZone? ValidateCommon(PartyBuildingOptions options, List<ValidationFailure> failures)
    {
        var zone = options.TimeZoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId);
        if (zone is null)
        {
            failures.Add(Failures.Of(nameof(options.TimeZoneId), CommonErrorCodes.TimeZoneUnknown, options.TimeZoneId, options.TimeZoneId));
        }

        return zone;
    }

    // Each capability implements its pair in PartyBuildingServiceCollectionExtensions.<Capability>.cs.
    static partial void ValidateAffiliation(PartyBuildingOptions options, List<ValidationFailure> failures);

    static partial void AddAffiliation(IServiceCollection services, PartyBuildingOptions options);

    static partial void ValidateFourHaves(PartyBuildingOptions options, List<ValidationFailure> failures);

    static partial void AddFourHaves(IServiceCollection services, PartyBuildingOptions options);

    static partial void ValidateEvaluation(PartyBuildingOptions options, List<ValidationFailure> failures);

    static partial void AddEvaluation(IServiceCollection services, PartyBuildingOptions options);

    static partial void ValidateAccountability(PartyBuildingOptions options, List<ValidationFailure> failures);

    static partial void AddAccountability(IServiceCollection services, PartyBuildingOptions options);
}
