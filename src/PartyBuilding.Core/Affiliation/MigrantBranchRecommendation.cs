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
/// <remarks>Two recommendations are equal when every field is, the lists compared item by item.</remarks>
public sealed record MigrantBranchRecommendation(
    string AreaCode,
    int FullMembers,
    int ProbationaryMembers,
    IReadOnlyList<MemberId> CandidateSecretaries,
    IReadOnlyList<Reason> Reasons)
{
    /// <summary>The candidate secretaries, ordered by id: a read-only copy of the list given.</summary>
    public IReadOnlyList<MemberId> CandidateSecretaries { get; init => field = ValueList<MemberId>.Copy(value, nameof(CandidateSecretaries)); }
        = ValueList<MemberId>.Copy(CandidateSecretaries, nameof(CandidateSecretaries));

    /// <summary>Why, in order: a read-only copy of the list given.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = ValueList<Reason>.Copy(value, nameof(Reasons)); } = ValueList<Reason>.Copy(Reasons, nameof(Reasons));

    /// <summary>The label of the policy version that decided the recommendation.</summary>
    /// <value>The default value is <c>default</c>, the label of a single policy.</value>
    public string PolicyLabel { get; init; } = PolicySet.DefaultLabel;
}
