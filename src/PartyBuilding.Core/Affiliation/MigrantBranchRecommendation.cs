namespace PartyBuilding.Core.Affiliation;

/// <summary>Advice to set up a migrant branch (外口党支部) in an area where mobile members concentrate.</summary>
/// <param name="AreaCode">The area no migrant branch serves.</param>
/// <param name="FullMembers">Full mobile members living in the area.</param>
/// <param name="ProbationaryMembers">Probationary mobile members living in the area (they join the branch, they do not count toward forming it).</param>
/// <param name="CandidateSecretaries">The full mobile members of the area, ordered by id, from among whom the secretary is to be chosen.</param>
/// <param name="Reasons">
/// Why, in order: <see cref="AffiliationReasonCodes.EstablishMigrantBranch"/>,
/// <see cref="AffiliationReasonCodes.SecretaryFromMigrants"/>, <see cref="AffiliationReasonCodes.LiaisonOfficer"/>
/// (a liaison officer is to be named by the township committee).
/// </param>
public sealed record MigrantBranchRecommendation(
    string AreaCode,
    int FullMembers,
    int ProbationaryMembers,
    IReadOnlyList<MemberId> CandidateSecretaries,
    IReadOnlyList<Reason> Reasons);
