using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>The complaint was received and the case opened under a policy version.</summary>
/// <param name="On">The day of receipt.</param>
/// <param name="Complaint">The complaint.</param>
/// <param name="Policy">The policy version in force on the day of receipt; the case keeps it to the end.</param>
public sealed record CaseReceived(LocalDate On, Complaint Complaint, PolicyVersion<AccountabilityPolicy> Policy) : CaseEvent(On);
