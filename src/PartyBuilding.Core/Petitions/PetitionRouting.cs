namespace PartyBuilding.Core.Petitions;

/// <summary>Where a petition goes and why, decided by an <see cref="IPetitionRouter"/>.</summary>
/// <remarks>Only the router makes one; nothing can change it afterwards.</remarks>
public sealed record PetitionRouting
{
    internal PetitionRouting(PetitionId petition, RoutingOutcome outcome, PetitionTier tier, PetitionTier? reportTo, OtherProcedure? procedure, string policyLabel, Reason[] reasons)
    {
        Petition = petition;
        Outcome = outcome;
        Tier = tier;
        ReportTo = reportTo;
        Procedure = procedure;
        PolicyLabel = policyLabel;
        Reasons = ValueList<Reason>.Of(reasons);
    }

    /// <summary>The petition routed.</summary>
    public PetitionId Petition { get; }

    /// <summary>Handled, diverted or refused.</summary>
    public RoutingOutcome Outcome { get; }

    /// <summary>
    /// The tier that handles the matter (<see cref="RoutingOutcome.Handled"/>), the tier that received it and tells the
    /// petitioner where to go (<see cref="RoutingOutcome.Diverted"/>), or the tier that holds the earlier filing
    /// (<see cref="RoutingOutcome.Refused"/>).
    /// </summary>
    public PetitionTier Tier { get; }

    /// <summary>The tier above the handling tier to which a grave or urgent matter is also reported; null otherwise.</summary>
    public PetitionTier? ReportTo { get; }

    /// <summary>The procedure a diverted matter goes to; null otherwise.</summary>
    public OtherProcedure? Procedure { get; }

    /// <summary>The label of the policy version used (the one in force on the day of receipt).</summary>
    public string PolicyLabel { get; }

    /// <summary>Why, first reason first; codes <c>PET.*</c>.</summary>
    public IReadOnlyList<Reason> Reasons { get; }
}
