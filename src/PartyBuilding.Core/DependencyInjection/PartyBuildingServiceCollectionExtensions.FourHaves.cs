using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Validation;

namespace PartyBuilding.Core.DependencyInjection;

/// <summary>Registration of the four-haves capability.</summary>
public static partial class PartyBuildingServiceCollectionExtensions
{
    static partial void ValidateFourHaves(PartyBuildingOptions options, List<ValidationFailure> failures) =>
        Validate(options.FourHaves, nameof(options.FourHaves), new FourHavesPolicyValidator(), failures);

    static partial void AddFourHaves(IServiceCollection services, PartyBuildingOptions options)
    {
        services.TryAddSingleton(options.FourHaves);
        services.TryAddSingleton(options.FourHaves.Latest.Policy);
        services.TryAddSingleton<IFourHavesAssessor>(sp => new FourHavesAssessor(sp.GetRequiredService<FourHavesPolicy>()));
        services.TryAddSingleton<ICoverageAnalyzer>(sp => new CoverageAnalyzer(sp.GetRequiredService<FourHavesPolicy>()));
        services.TryAddSingleton<IValidator<FourHavesPolicy>, FourHavesPolicyValidator>();
        services.TryAddSingleton<IValidator<EnterpriseProfile>, EnterpriseProfileValidator>();
    }
}
