using NodaTime;

namespace PartyBuilding.Core.Affiliation;

/// <summary>One recorded contact between a mobile member and the party organization.</summary>
/// <param name="Member">The member.</param>
/// <param name="Kind">What happened.</param>
/// <param name="On">The day it happened.</param>
public sealed record ContactRecord(MemberId Member, ContactKind Kind, LocalDate On);
