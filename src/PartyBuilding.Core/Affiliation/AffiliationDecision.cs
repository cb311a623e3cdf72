namespace PartyBuilding.Core.Affiliation;

/// <summary>The affiliation of one mobile member and the reasons for it.</summary>
/// <param name="Member">The member decided on.</param>
/// <param name="Outcome">Assigned, pending introduction or unassigned.</param>
/// <param name="Mode">The management mode when <see cref="AffiliationOutcome.Assigned"/>; null otherwise.</param>
/// <param name="Organization">The organization assigned when <see cref="AffiliationOutcome.Assigned"/>; null otherwise.</param>
/// <param name="Reasons">The reasons (codes in <see cref="AffiliationReasonCodes"/>).</param>
/// <remarks>Two decisions are equal when every field is, the reasons compared item by item.</remarks>
public sealed record AffiliationDecision(
    MemberId Member,
    AffiliationOutcome Outcome,
    ManagementMode? Mode,
    OrganizationId? Organization,
    IReadOnlyList<Reason> Reasons)
{
    /// <summary>The reasons (codes in <see cref="AffiliationReasonCodes"/>): a read-only copy of the list given.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = ValueList<Reason>.Copy(value, nameof(Reasons)); } = ValueList<Reason>.Copy(Reasons, nameof(Reasons));
}
