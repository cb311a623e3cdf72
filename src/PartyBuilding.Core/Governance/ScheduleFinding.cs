namespace PartyBuilding.Core.Governance;

/// <summary>One overdue disclosure or audit.</summary>
/// <param name="Item">The id value of the disclosure or audit obligation.</param>
/// <param name="Village">The village.</param>
/// <param name="Reason">What is overdue and since when (codes in <see cref="GovernanceReasonCodes"/>).</param>
public sealed record ScheduleFinding(string Item, OrganizationId Village, Reason Reason);
