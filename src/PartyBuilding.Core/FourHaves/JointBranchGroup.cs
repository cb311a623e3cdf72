namespace PartyBuilding.Core.FourHaves;

/// <summary>A proposed joint branch (联合党支部): enterprises of one area, at most the policy's number of units.</summary>
/// <remarks>Made only by <see cref="CoverageAnalyzer"/>; its lists are read-only, and two groups are equal when their contents are.</remarks>
public sealed record JointBranchGroup
{
    internal JointBranchGroup(string? areaCode, EnterpriseId[] enterprises, int fullMembers, Reason[] reasons, string policyLabel)
    {
        AreaCode = areaCode;
        Enterprises = Array.AsReadOnly(enterprises);
        FullMembers = fullMembers;
        Reasons = Array.AsReadOnly(reasons);
        PolicyLabel = policyLabel;
    }

    /// <summary>The area the enterprises lie in; null for enterprises with no area recorded.</summary>
    public string? AreaCode { get; }

    /// <summary>The enterprises, ordered by id.</summary>
    public IReadOnlyList<EnterpriseId> Enterprises { get; }

    /// <summary>Full members of the enterprises together.</summary>
    public int FullMembers { get; }

    /// <summary>
    /// <c>FH.JOINT_BRANCH_GROUP</c>, and <c>FH.JOINT_BRANCH_TOO_FEW_FULL_MEMBERS</c> when the enterprises together
    /// still have fewer full members than an organization needs (the committee must add members or units).
    /// </summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>The label of the policy version whose coverage figures shaped the group.</summary>
    public string PolicyLabel { get; }

    /// <inheritdoc />
    public bool Equals(JointBranchGroup? other) =>
        other is not null
        && string.Equals(AreaCode, other.AreaCode, StringComparison.Ordinal)
        && Enterprises.SequenceEqual(other.Enterprises)
        && FullMembers == other.FullMembers
        && Reasons.SequenceEqual(other.Reasons)
        && string.Equals(PolicyLabel, other.PolicyLabel, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AreaCode, Enterprises.Count, FullMembers, PolicyLabel);
}
