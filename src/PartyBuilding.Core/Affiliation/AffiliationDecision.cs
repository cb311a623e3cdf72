namespace PartyBuilding.Core.Affiliation;

/// <summary>The affiliation of one mobile member and the reasons for it.</summary>
/// <param name="Member">The member decided on.</param>
/// <param name="Outcome">Assigned, pending introduction or unassigned.</param>
/// <param name="Mode">The management mode when <see cref="AffiliationOutcome.Assigned"/>; null otherwise.</param>
/// <param name="Organization">The organization assigned when <see cref="AffiliationOutcome.Assigned"/>; null otherwise.</param>
/// <param name="Reasons">
/// The reasons (codes in <see cref="AffiliationReasonCodes"/>). The lists of fixed outcomes are shared
/// between decisions and read-only.
/// </param>
public sealed record AffiliationDecision(
    MemberId Member,
    AffiliationOutcome Outcome,
    ManagementMode? Mode,
    OrganizationId? Organization,
    IReadOnlyList<Reason> Reasons);
