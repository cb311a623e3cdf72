using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Accountability.Validation;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Education.Validation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Validation;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Validation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Validation;
using PartyBuilding.Core.Outreach;
using PartyBuilding.Core.Outreach.Validation;
using Xunit;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>Every policy type's document format: a new format adds one line here and is covered by every generic test.</summary>
public static class DocumentCases
{
    /// <summary>All formats.</summary>
    public static readonly IReadOnlyList<DocumentCase> All =
    [
        new DocumentCase<StructurePolicy>(StructurePolicyDocument.Format, "Organizations", PolicySet.Of(StructurePolicy.Default), new StructurePolicyValidator(), RandomPolicies.Structure),
        new DocumentCase<FourHavesPolicy>(FourHavesPolicyDocument.Format, "FourHaves", PolicySet.Of(FourHavesPolicy.Default), new FourHavesPolicyValidator(), TestSupport.FourHavesPolicies.RandomPolicy,
            ("star-rated", new PolicySet<FourHavesPolicy>([new(FourHavesPolicyDocument.StarRatedLabel, new NodaTime.LocalDate(2026, 1, 1), FourHavesPolicy.StarRated)]))),
        new DocumentCase<Core.Members.DuesPolicy>(Core.Members.DuesPolicyDocument.Format, "Members", PolicySet.Of(Core.Members.DuesPolicy.Default), new Core.Members.Validation.DuesPolicyValidator(), RandomPolicies.Dues),
        new DocumentCase<Core.Petitions.PetitionPolicy>(Core.Petitions.PetitionPolicyDocument.Format, "Petitions", PolicySet.Of(Core.Petitions.PetitionPolicy.Default), new Core.Petitions.Validation.PetitionPolicyValidator(), RandomPolicies.Petitions),
        new DocumentCase<Core.Teams.TeamsPolicy>(Core.Teams.TeamsPolicyDocument.Format, "Teams", PolicySet.Of(Core.Teams.TeamsPolicy.Default), new Core.Teams.Validation.TeamsPolicyValidator(), RandomPolicies.Teams),
        new DocumentCase<Core.Governance.GovernancePolicy>(Core.Governance.GovernancePolicyDocument.Format, "Governance", Core.Governance.GovernancePolicy.Versions, new Core.Governance.Validation.GovernancePolicyValidator(), RandomPolicies.Governance),
        new DocumentCase<AffiliationPolicy>(AffiliationPolicyDocument.Format, "Affiliation", PolicySet.Of(AffiliationPolicy.Default), new AffiliationPolicyValidator(), RandomPolicies.Affiliation),
        new DocumentCase<EvaluationPolicy>(EvaluationPolicyDocument.Format, "Evaluation", PolicySet.Of(EvaluationPolicy.Default), new EvaluationPolicyValidator(), RandomPolicies.Evaluation),
        new DocumentCase<AccountabilityPolicy>(AccountabilityPolicyDocument.Format, "Accountability", PolicySet.Of(AccountabilityPolicy.Default), new AccountabilityPolicyValidator(), RandomPolicies.Accountability),
        new DocumentCase<OutreachPolicy>(OutreachPolicyDocument.Format, "Outreach", PolicySet.Of(OutreachPolicy.Default), new OutreachPolicyValidator(), RandomPolicies.Outreach),
        new DocumentCase<EducationPolicy>(EducationPolicyDocument.Format, "Education", PolicySet.Of(EducationPolicy.Default), new EducationPolicyValidator(), RandomPolicies.Education),
    ];

    /// <summary>The formats' names, for theories.</summary>
    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    /// <summary>The case of <paramref name="name"/>.</summary>
    public static DocumentCase Of(string name) => All.Single(c => c.Name == name);
}
