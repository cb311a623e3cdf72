using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Validation;

namespace PartyBuilding.Core.DependencyInjection;

/// <content>Registration of the affiliation capability.</content>
public static partial class PartyBuildingServiceCollectionExtensions
{
    static partial void ValidateAffiliation(PartyBuildingOptions options, List<ValidationFailure> failures) =>
        Validate(options.Affiliation, nameof(options.Affiliation), new AffiliationPolicyValidator(), failures);

    static partial void AddAffiliation(IServiceCollection services, PartyBuildingOptions options)
    {
        services.TryAddSingleton(options.Affiliation);
        services.TryAddSingleton(options.Affiliation.Latest.Policy);
        services.TryAddSingleton<IAffiliationAssigner, AffiliationAssigner>();
        services.TryAddSingleton<IMigrantBranchAdvisor>(sp => new MigrantBranchAdvisor(sp.GetRequiredService<AffiliationPolicy>()));
        services.TryAddSingleton<IContactStandingAssessor>(sp => new ContactStandingAssessor(sp.GetRequiredService<PolicySet<AffiliationPolicy>>()));
        services.TryAddSingleton<IValidator<MobileMember>, MobileMemberValidator>();
        services.TryAddSingleton<IValidator<ContactRecord>, ContactRecordValidator>();
        services.TryAddSingleton<IValidator<AffiliationPolicy>, AffiliationPolicyValidator>();
    }
}
