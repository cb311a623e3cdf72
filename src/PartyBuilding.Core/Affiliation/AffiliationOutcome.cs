namespace PartyBuilding.Core.Affiliation;

/// <summary>The outcome of assigning one mobile member.</summary>
public enum AffiliationOutcome
{
    /// <summary>The member is assigned to an organization (named in the decision).</summary>
    Assigned,

    /// <summary>The member has no fixed residence and waits for a member of a migrant branch to introduce them.</summary>
    PendingIntroduction,

    /// <summary>No organization can take the member: the township committee must designate or set one up.</summary>
    Unassigned,
}
