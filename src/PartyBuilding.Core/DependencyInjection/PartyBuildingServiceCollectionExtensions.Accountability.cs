using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Accountability.Validation;

namespace PartyBuilding.Core.DependencyInjection;

/// <content>Registration of the accountability capability.</content>
public static partial class PartyBuildingServiceCollectionExtensions
{
    static partial void ValidateAccountability(PartyBuildingOptions options, List<ValidationFailure> failures) =>
        Validate(options.Accountability, nameof(options.Accountability), new AccountabilityPolicyValidator(), failures);

    static partial void AddAccountability(IServiceCollection services, PartyBuildingOptions options)
    {
        var policies = options.Accountability;
        services.TryAddSingleton(policies);
        services.TryAddSingleton(policies.Latest.Policy);
        services.TryAddSingleton<IAccountabilityEscalator>(sp => new AccountabilityEscalator(sp.GetRequiredService<PolicySet<AccountabilityPolicy>>()));
        services.TryAddSingleton<IValidator<AccountabilityPolicy>, AccountabilityPolicyValidator>();
        services.TryAddSingleton<IValidator<Complaint>, ComplaintValidator>();
        services.TryAddSingleton<IValidator<Finding>, FindingValidator>();
        services.TryAddSingleton<IValidator<RectificationOrder>, RectificationOrderValidator>();
        services.TryAddSingleton<IValidator<SanctionRequest>, SanctionRequestValidator>();
    }
}
