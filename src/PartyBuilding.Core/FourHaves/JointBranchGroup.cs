namespace PartyBuilding.Core.FourHaves;

/// <summary>A proposed joint branch (联合党支部): enterprises of one area, at most the policy's number of units.</summary>
/// <param name="AreaCode">The area the enterprises lie in; null for enterprises with no area recorded.</param>
/// <param name="Enterprises">The enterprises, ordered by id.</param>
/// <param name="FullMembers">Full members of the enterprises together.</param>
/// <param name="Reasons">
/// <c>FH.JOINT_BRANCH_GROUP</c>, and <c>FH.JOINT_BRANCH_TOO_FEW_FULL_MEMBERS</c> when the enterprises together
/// still have fewer full members than an organization needs (the committee must add members or units).
/// </param>
public sealed record JointBranchGroup(string? AreaCode, IReadOnlyList<EnterpriseId> Enterprises, int FullMembers, IReadOnlyList<Reason> Reasons);
