using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Accountability.Validation;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Education.Validation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Validation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Validation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Members.Validation;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Governance.Validation;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Validation;
using PartyBuilding.Core.Petitions;
using PartyBuilding.Core.Petitions.Validation;
using PartyBuilding.Core.Teams;
using PartyBuilding.Core.Teams.Validation;

namespace PartyBuilding.Core.DependencyInjection;

/// <summary>Registers PartyBuilding.Core with a host's service collection.</summary>
public static class PartyBuildingServiceCollectionExtensions
{
    /// <summary>
    /// Registers every rule service, validator and policy set of the library, the NodaTime
    /// <see cref="IClock"/> (the system clock, unless the host registered one) and the host's
    /// <see cref="DateTimeZone"/> (<c>Asia/Shanghai</c> by default).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Changes to the default options, or null for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="InvalidInputException">The options are inconsistent; every failure of every version is listed.</exception>
    /// <remarks>
    /// Every registration uses <c>TryAdd</c>: a second call adds nothing, and a host overrides any
    /// service (a fake clock, a stricter policy) by registering it first. Each rule service is built from
    /// its whole <see cref="PolicySet{TPolicy}"/>, so a dated decision uses the version in force on its date;
    /// the latest version of each set is also registered on its own, for hosts that show its figures.
    /// </remarks>
    public static IServiceCollection AddPartyBuilding(this IServiceCollection services, Action<PartyBuildingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new PartyBuildingOptions();
        configure?.Invoke(options);

        var failures = new List<ValidationFailure>(options.DocumentFailures);
        var zone = options.TimeZoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId);
        if (zone is null)
        {
            failures.Add(Failures.Of(nameof(options.TimeZoneId), CommonErrorCodes.TimeZoneUnknown, options.TimeZoneId, options.TimeZoneId));
        }

        Validate(options.Structure, nameof(options.Structure), new StructurePolicyValidator(), failures);
        Validate(options.Affiliation, nameof(options.Affiliation), new AffiliationPolicyValidator(), failures);
        Validate(options.FourHaves, nameof(options.FourHaves), new FourHavesPolicyValidator(), failures);
        Validate(options.Evaluation, nameof(options.Evaluation), new EvaluationPolicyValidator(), failures);
        Validate(options.Accountability, nameof(options.Accountability), new AccountabilityPolicyValidator(), failures);
        Validate(options.Outreach, nameof(options.Outreach), new Outreach.Validation.OutreachPolicyValidator(), failures);
        Validate(options.Education, nameof(options.Education), new EducationPolicyValidator(), failures);
        Validate(options.Petitions, nameof(options.Petitions), new PetitionPolicyValidator(), failures);
        Validate(options.Teams, nameof(options.Teams), new TeamsPolicyValidator(), failures);
        Validate(options.Dues, nameof(options.Dues), new DuesPolicyValidator(), failures);
        Validate(options.Governance, nameof(options.Governance), new GovernancePolicyValidator(), failures);
        Failures.ThrowIfAny(failures);

#pragma warning disable RS0030 // The one place the library names the system clock: hosts may override it.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton(zone!);

        // Organizations
        AddPolicies(services, options.Structure);
        services.TryAddSingleton<IStructureAdvisor>(sp => new StructureAdvisor(sp.GetRequiredService<PolicySet<StructurePolicy>>()));
        services.TryAddSingleton<IValidator<StructurePolicy>, StructurePolicyValidator>();
        services.TryAddSingleton<IValidator<PartyOrganization>, PartyOrganizationValidator>();

        // Affiliation of mobile members
        AddPolicies(services, options.Affiliation);
        services.TryAddSingleton<IAffiliationAssigner, AffiliationAssigner>();
        services.TryAddSingleton<IMigrantBranchAdvisor>(sp => new MigrantBranchAdvisor(sp.GetRequiredService<PolicySet<AffiliationPolicy>>()));
        services.TryAddSingleton<IContactStandingAssessor>(sp => new ContactStandingAssessor(sp.GetRequiredService<PolicySet<AffiliationPolicy>>()));
        services.TryAddSingleton<IValidator<AffiliationPolicy>, AffiliationPolicyValidator>();
        services.TryAddSingleton<IValidator<MobileMember>, MobileMemberValidator>();
        services.TryAddSingleton<IValidator<ContactRecord>, ContactRecordValidator>();

        // Four haves
        AddPolicies(services, options.FourHaves);
        services.TryAddSingleton<IFourHavesAssessor>(sp => new FourHavesAssessor(sp.GetRequiredService<PolicySet<FourHavesPolicy>>()));
        services.TryAddSingleton<ICoverageAnalyzer>(sp => new CoverageAnalyzer(sp.GetRequiredService<PolicySet<FourHavesPolicy>>()));
        services.TryAddSingleton<IValidator<FourHavesPolicy>, FourHavesPolicyValidator>();
        services.TryAddSingleton<IValidator<EnterpriseProfile>, EnterpriseProfileValidator>();

        // Democratic evaluation
        AddPolicies(services, options.Evaluation);
        services.TryAddSingleton<IDemocraticEvaluationTally>(sp => new DemocraticEvaluationTally(sp.GetRequiredService<PolicySet<EvaluationPolicy>>()));
        services.TryAddSingleton<IValidator<EvaluationPolicy>, EvaluationPolicyValidator>();
        services.TryAddSingleton<IValidator<EvaluationRound>, EvaluationRoundValidator>();

        // Accountability
        AddPolicies(services, options.Accountability);
        services.TryAddSingleton<IAccountabilityEscalator>(sp => new AccountabilityEscalator(sp.GetRequiredService<PolicySet<AccountabilityPolicy>>()));
        services.TryAddSingleton<IValidator<AccountabilityPolicy>, AccountabilityPolicyValidator>();
        services.TryAddSingleton<IValidator<Complaint>, ComplaintValidator>();
        services.TryAddSingleton<IValidator<Finding>, FindingValidator>();
        services.TryAddSingleton<IValidator<RectificationOrder>, RectificationOrderValidator>();
        services.TryAddSingleton<IValidator<SanctionRequest>, SanctionRequestValidator>();

        // Outreach (six ones)
        AddPolicies(services, options.Outreach);
        services.TryAddSingleton<Outreach.IOutreachAssessor>(sp => new Outreach.OutreachAssessor(sp.GetRequiredService<PolicySet<Outreach.OutreachPolicy>>()));
        services.TryAddSingleton<IValidator<Outreach.OutreachPolicy>, Outreach.Validation.OutreachPolicyValidator>();
        services.TryAddSingleton<IValidator<Outreach.Pairing>, Outreach.Validation.PairingValidator>();
        services.TryAddSingleton<IValidator<Outreach.OutreachRecord>, Outreach.Validation.OutreachRecordValidator>();
        services.TryAddSingleton<IValidator<Outreach.HouseholdOutreach>, Outreach.Validation.HouseholdOutreachValidator>();
        // Education and organizational life
        AddPolicies(services, options.Education);
        services.TryAddSingleton<IScheduleComplianceAssessor>(sp => new ScheduleComplianceAssessor(sp.GetRequiredService<PolicySet<EducationPolicy>>()));
        services.TryAddSingleton<ITrainingHoursAssessor>(sp => new TrainingHoursAssessor(sp.GetRequiredService<PolicySet<EducationPolicy>>()));
        services.TryAddSingleton<IValidator<EducationPolicy>, EducationPolicyValidator>();
        services.TryAddSingleton<IValidator<ScheduleProfile>, ScheduleProfileValidator>();
        services.TryAddSingleton<IValidator<ActivityRecord>, ActivityRecordValidator>();
        services.TryAddSingleton<IValidator<TrainingRecord>, TrainingRecordValidator>();
        // Petitions
        AddPolicies(services, options.Petitions);
        services.TryAddSingleton<IPetitionRouter>(sp => new PetitionRouter(sp.GetRequiredService<PolicySet<PetitionPolicy>>()));
        services.TryAddSingleton<IValidator<PetitionPolicy>, PetitionPolicyValidator>();
        services.TryAddSingleton<IValidator<PetitionIntake>>(sp => new PetitionIntakeValidator(sp.GetRequiredService<PolicySet<PetitionPolicy>>().Latest.Policy));
        // Teams
        AddPolicies(services, options.Teams);
        services.TryAddSingleton<IWeakTeamAssessor>(sp => new WeakTeamAssessor(sp.GetRequiredService<PolicySet<TeamsPolicy>>()));
        services.TryAddSingleton<ICadreTrainingAssessor>(sp => new CadreTrainingAssessor(sp.GetRequiredService<PolicySet<TeamsPolicy>>()));
        services.TryAddSingleton<IValidator<TeamsPolicy>, TeamsPolicyValidator>();
        services.TryAddSingleton<IValidator<TeamProfile>, TeamProfileValidator>();
        services.TryAddSingleton<IValidator<CadreTrainingRecord>, CadreTrainingRecordValidator>();
        // Members: dues
        AddPolicies(services, options.Dues);
        services.TryAddSingleton<IDuesCalculator>(sp => new DuesCalculator(sp.GetRequiredService<PolicySet<DuesPolicy>>()));
        services.TryAddSingleton<IDuesStandingAssessor>(sp => new DuesStandingAssessor(sp.GetRequiredService<PolicySet<DuesPolicy>>()));
        services.TryAddSingleton<IValidator<DuesPolicy>, DuesPolicyValidator>();
        services.TryAddSingleton<IValidator<DuesBasis>, DuesBasisValidator>();
        services.TryAddSingleton<IValidator<DuesPayment>, DuesPaymentValidator>();
        // Governance procedures, disclosure and audits
        AddPolicies(services, options.Governance);
        services.TryAddSingleton<IProcedureChecker>(sp => new ProcedureChecker(sp.GetRequiredService<PolicySet<GovernancePolicy>>()));
        services.TryAddSingleton<IVillageAffairsMonitor>(sp => new VillageAffairsMonitor(sp.GetRequiredService<PolicySet<GovernancePolicy>>()));
        services.TryAddSingleton<IValidator<GovernancePolicy>, GovernancePolicyValidator>();
        services.TryAddSingleton<IValidator<MajorMatter>, MajorMatterValidator>();
        services.TryAddSingleton<IValidator<ProcedureRecord>, ProcedureRecordValidator>();
        return services;
    }

    private static void Validate<TPolicy>(PolicySet<TPolicy>? set, string name, IValidator<TPolicy> validator, List<ValidationFailure> failures)
        where TPolicy : class
    {
        if (set is null)
        {
            failures.Add(Failures.Of(name, CommonErrorCodes.Required, null));
            return;
        }

        set.Validate(validator, name, failures);
    }

    private static void AddPolicies<TPolicy>(IServiceCollection services, PolicySet<TPolicy> set)
        where TPolicy : class
    {
        services.TryAddSingleton(set);
        services.TryAddSingleton(set.Latest.Policy);
    }
}
