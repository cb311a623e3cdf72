using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Validation;

namespace PartyBuilding.Core.DependencyInjection;

/// <content>Registration of democratic evaluation.</content>
public static partial class PartyBuildingServiceCollectionExtensions
{
    static partial void ValidateEvaluation(PartyBuildingOptions options, List<ValidationFailure> failures) =>
        Validate(options.Evaluation, nameof(options.Evaluation), new EvaluationPolicyValidator(), failures);

    static partial void AddEvaluation(IServiceCollection services, PartyBuildingOptions options)
    {
        services.TryAddSingleton(options.Evaluation);
        services.TryAddSingleton(options.Evaluation.Latest.Policy);
        services.TryAddSingleton<IDemocraticEvaluationTally>(sp => new DemocraticEvaluationTally(sp.GetRequiredService<PolicySet<EvaluationPolicy>>()));
        services.TryAddSingleton<IValidator<EvaluationPolicy>, EvaluationPolicyValidator>();
        services.TryAddSingleton<IValidator<EvaluationRound>, EvaluationRoundValidator>();
    }
}
