namespace PartyBuilding.Core.Members;

/// <summary>Whether a member is a full member (正式党员) or a probationary member (预备党员).</summary>
public enum MembershipStatus
{
    /// <summary>A probationary member (预备党员): counts toward size, not toward forming an organization.</summary>
    Probationary,

    /// <summary>A full member (正式党员).</summary>
    Full,
}
